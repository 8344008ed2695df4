package org.careroute.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * The schedule as CSV for spreadsheets (RFC 4180, header row, UTF-8): one {@link ScheduleRow} per visit, planned
 * visits route by route in visit order, then the unassigned ones. Written and read with Jackson's CSV module.
 */
public final class ScheduleCsv {

    private static final CsvMapper MAPPER = (CsvMapper) new CsvMapper().enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(ScheduleRow.class).withHeader();

    private ScheduleCsv() {
    }

    public static List<ScheduleRow> rows(Problem problem, Plan plan) {
        PlanView view = new PlanView(problem, plan);
        List<ScheduleRow> rows = new ArrayList<>();
        for (ShiftPlan route : plan.shifts()) {
            Caregiver caregiver = view.caregiverOfShift(route.shiftId());
            for (int i = 0; i < route.visits().size(); i++) {
                PlannedVisit planned = route.visits().get(i);
                Visit visit = view.visit(planned.visitId());
                GeoLocation geo = PlanView.geo(visit.location()).orElse(null);
                rows.add(new ScheduleRow(ScheduleRow.PLANNED, caregiver.id(), caregiver.name(), route.shiftId(), i + 1,
                        visit.id(), visit.name(), visit.clientId(), view.time(planned.arrival()), view.time(planned
                                .start()),
                        view.time(planned.end()), planned.waitingSeconds(), planned
                                .travelFromPrevious().seconds(),
                        planned.travelFromPrevious().meters(),
                        geo == null ? null : geo.lat(), geo == null ? null : geo.lon(), skills(visit), visit
                                .mandatory(),
                        null));
            }
        }
        for (UnassignedVisit unassigned : plan.unassignedVisits()) {
            Visit visit = view.visit(unassigned.visitId());
            GeoLocation geo = PlanView.geo(visit.location()).orElse(null);
            rows.add(new ScheduleRow(ScheduleRow.UNASSIGNED, null, null, null, null, visit.id(), visit.name(), visit
                    .clientId(), null, null, null, null, null, null, geo == null ? null : geo.lat(),
                    geo == null
                            ? null
                            : geo.lon(),
                    skills(visit), visit.mandatory(), String.join("; ", unassigned.reasons())));
        }
        return rows;
    }

    public static void write(Problem problem, Plan plan, Writer out) throws IOException {
        MAPPER.writer(SCHEMA).writeValue(out, rows(problem, plan));
        out.flush();
    }

    /** Reads a schedule CSV written by {@link #write}. */
    public static List<ScheduleRow> read(Reader in) throws IOException {
        try (MappingIterator<ScheduleRow> rows = MAPPER.readerFor(ScheduleRow.class).with(SCHEMA).readValues(in)) {
            return rows.readAll();
        }
    }

    private static String skills(Visit visit) {
        return String.join(" ", visit.requiredSkills().stream().sorted().toList());
    }
}
