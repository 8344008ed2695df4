package org.careroute.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/** Writes short arrays of scalars on one line, so that matrices and skill lists stay readable when indented. */
final class InlineSerializers {

    private InlineSerializers() {
    }

    static final class LongRow extends StdSerializer<long[]> {

        LongRow() {
            super(long[].class);
        }

        @Override
        public void serialize(long[] row, JsonGenerator gen, SerializerProvider provider) throws IOException {
            StringBuilder text = new StringBuilder(row.length * 6 + 2).append('[');
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : ", ").append(row[i]);
            }
            gen.writeRawValue(text.append(']').toString());
        }
    }

    @SuppressWarnings("rawtypes")
    static final class Strings extends StdSerializer<List> {

        Strings() {
            super(List.class);
        }

        @Override
        public void serialize(List list, JsonGenerator gen, SerializerProvider provider) throws IOException {
            StringBuilder text = new StringBuilder().append('[');
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "\"" : ", \"");
                text.append(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(list.get(i)))).append('"');
            }
            gen.writeRawValue(text.append(']').toString());
        }
    }

    /** {@code {"lat": 59.38, "lon": 13.5}} on one line. */
    static final class Location extends StdSerializer<ProblemDtos.LocationDto> {

        Location() {
            super(ProblemDtos.LocationDto.class);
        }

        @Override
        public void serialize(ProblemDtos.LocationDto location, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            String text;
            if (location.lat() != null) {
                text = "{\"lat\": " + location.lat() + ", \"lon\": " + location.lon() + "}";
            } else if (location.x() != null) {
                text = "{\"x\": " + location.x() + ", \"y\": " + location.y() + "}";
            } else {
                text = "{\"index\": " + location.index() + "}";
            }
            gen.writeRawValue(text);
        }
    }

    /** {@code {"seconds": 600, "meters": 9000}} on one line. */
    static final class Leg extends StdSerializer<PlanDtos.LegDto> {

        Leg() {
            super(PlanDtos.LegDto.class);
        }

        @Override
        public void serialize(PlanDtos.LegDto leg, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue("{\"seconds\": " + leg.seconds() + ", \"meters\": " + leg.meters() + "}");
        }
    }
}
