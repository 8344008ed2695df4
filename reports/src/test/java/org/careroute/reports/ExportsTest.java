package org.careroute.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;

/** GeoJSON is valid and lon/lat ordered, the CSV round-trips, the iCalendar files parse with one event per visit. */
class ExportsTest {

    private static final SolvedProblems.Solved SOLVED = SolvedProblems.solve(7, 24, 3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void geoJson_isAFeatureCollectionWithLonLatCoordinates() throws IOException {
        StringWriter out = new StringWriter();
        GeoJsonExport.write(SOLVED.problem(), SOLVED.plan(), RouteGeometry.STRAIGHT_LINES, out);

        JsonNode root = JSON.readTree(out.toString());
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        List<String> visitIds = new ArrayList<>();
        int routes = 0;
        for (JsonNode feature : root.path("features")) {
            assertThat(feature.path("type").asText()).isEqualTo("Feature");
            JsonNode geometry = feature.path("geometry");
            String kind = feature.path("properties").path("kind").asText();
            if (kind.equals("route")) {
                routes++;
                assertThat(geometry.path("type").asText()).isEqualTo("LineString");
                assertThat(geometry.path("coordinates").size()).isGreaterThanOrEqualTo(2);
                geometry.path("coordinates").forEach(ExportsTest::assertLonLatNearKarlstad);
            } else {
                assertThat(geometry.path("type").asText()).isEqualTo("Point");
                assertLonLatNearKarlstad(geometry.path("coordinates"));
                if (kind.equals("visit")) {
                    visitIds.add(feature.path("properties").path("visitId").asText());
                }
            }
        }
        assertThat(visitIds).doesNotHaveDuplicates().hasSize(SOLVED.problem().visits().size());
        assertThat(routes).isEqualTo(SOLVED.plan().summary().usedShifts());
    }

    private static void assertLonLatNearKarlstad(JsonNode position) {
        assertThat(position.size()).isEqualTo(2);
        // Karlstad is at lon 13.5, lat 59.4: lon/lat order, never lat/lon.
        assertThat(position.get(0).asDouble()).isBetween(13.0, 14.0);
        assertThat(position.get(1).asDouble()).isBetween(59.0, 60.0);
    }

    @Test
    void geoJson_routeFollowsTheGivenGeometry() {
        RouteGeometry viaMidpoint = (from, to, mode) -> List.of(from, new GeoLocation((from.lat() + to.lat()) / 2,
                (from.lon() + to.lon()) / 2), to);
        ShiftPlan route = SOLVED.plan().shifts().stream().filter(s -> !s.visits().isEmpty()).findFirst()
                .orElseThrow();

        JsonNode root = GeoJsonExport.toGeoJson(SOLVED.problem(), SOLVED.plan(), viaMidpoint);

        JsonNode line = null;
        for (JsonNode feature : root.path("features")) {
            if (feature.path("properties").path("shiftId").asText().equals(route.shiftId()) && feature.path(
                    "properties").path("kind").asText().equals("route")) {
                line = feature.path("geometry").path("coordinates");
            }
        }
        boolean openEnd = route.returnLeg().seconds() == 0 && route.returnLeg().meters() == 0;
        int legs = route.visits().size() + (openEnd ? 0 : 1);
        assertThat(line).isNotNull();
        assertThat(line.size()).isIn(2 * legs + 1, 2 * (route.visits().size() + 1) + 1);
    }

    @Test
    void geoJson_planeLocations_areRejectedWithAMessage() {
        Problem plane = new Problem("plane", null, null, new EuclideanTravel(1, 1), List.of(), List.of(new Visit("v1",
                null, null, new PlaneLocation(1, 2), java.time.Duration.ofMinutes(5), null, null, 1, false, 0)),
                Map.of());
        Plan plan = new Plan("plane", "0hard/-1medium/0soft", SOLVED.plan().summary(), List.of(), List.of(
                new org.careroute.core.api.model.UnassignedVisit("v1", false, List.of("no shifts"))));

        assertThatThrownBy(() -> GeoJsonExport.toGeoJson(plane, plan, RouteGeometry.STRAIGHT_LINES)).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("lat/lon").hasMessageContaining("visit v1");
    }

    @Test
    void csv_hasOneRowPerVisitAndRoundTrips() throws IOException {
        StringWriter out = new StringWriter();
        ScheduleCsv.write(SOLVED.problem(), SOLVED.plan(), out);

        List<ScheduleRow> read = ScheduleCsv.read(new StringReader(out.toString()));

        assertThat(out.toString()).startsWith("status,caregiverId,caregiverName,shiftId,position,visitId");
        assertThat(read).isEqualTo(ScheduleCsv.rows(SOLVED.problem(), SOLVED.plan()));
        assertThat(read).hasSize(SOLVED.problem().visits().size());
        assertThat(read.stream().filter(r -> r.status().equals(ScheduleRow.UNASSIGNED))).hasSize(SOLVED.plan()
                .unassignedVisits().size());
    }

    @Test
    void csv_namesWithCommasAndQuotes_roundTrip() throws IOException {
        Problem problem = TestProblems.random(3, 3, 1);
        List<Visit> visits = new ArrayList<>();
        for (Visit v : problem.visits()) {
            visits.add(new Visit(v.id(), v.clientId(), "Berg, \"Mrs\"\nline 2", v.location(), v.duration(), v
                    .timeWindows(), v.requiredSkills(), v.priority(), v.mandatory(), v.demand()));
        }
        Problem quoted = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                .caregivers(), visits, problem.constraintWeights());
        Plan plan = org.careroute.core.api.Planner.create().solve(quoted, org.careroute.core.api.SolveOptions.defaults()
                .withMoveCountLimit(200L).withTimeLimit(null));
        StringWriter out = new StringWriter();
        ScheduleCsv.write(quoted, plan, out);

        assertThat(ScheduleCsv.read(new StringReader(out.toString()))).isEqualTo(ScheduleCsv.rows(quoted, plan))
                .allSatisfy(row -> assertThat(row.visitName()).isEqualTo("Berg, \"Mrs\"\nline 2"));
    }

    @Test
    void iCalendar_parsesWithOneEventPerPlannedVisit() throws IOException, ParserException {
        Map<String, Calendar> calendars = CalendarExport.calendars(SOLVED.problem(), SOLVED.plan(), Instant.parse(
                "2027-02-28T12:00:00Z"));

        Set<String> uids = new HashSet<>();
        int events = 0;
        for (ShiftPlan route : SOLVED.plan().shifts()) {
            if (route.visits().isEmpty()) {
                assertThat(calendars).doesNotContainKey(route.caregiverId());
                continue;
            }
            assertThat(calendars.get(route.caregiverId()).validate().hasErrors()).as(calendars.get(route
                    .caregiverId()).validate().toString()).isFalse();
            StringWriter out = new StringWriter();
            java.io.BufferedWriter buffered = new java.io.BufferedWriter(out);
            CalendarExport.write(calendars.get(route.caregiverId()), buffered);
            buffered.write(""); // still open: callers (atomic file writes) flush and close it themselves
            buffered.flush();
            Calendar parsed = new CalendarBuilder().build(new StringReader(out.toString()));
            List<VEvent> parsedEvents = parsed.getComponents("VEVENT");
            assertThat(parsed.getProperty("X-WR-CALNAME").orElseThrow().getValue()).startsWith("Caregiver ");
            assertThat(parsedEvents).hasSize(route.visits().size());
            for (int i = 0; i < parsedEvents.size(); i++) {
                VEvent event = parsedEvents.get(i);
                PlannedVisit planned = route.visits().get(i);
                assertThat(Instant.from(event.<Instant>getStartDate().orElseThrow().getDate()))
                        .isEqualTo(planned.start());
                assertThat(Instant.from(event.<Instant>getEndDate().orElseThrow().getDate())).isEqualTo(planned.end());
                assertThat(event.getProperty("GEO")).isPresent();
                assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                        .contains("Visit " + planned.visitId());
                uids.add(event.getProperty("UID").orElseThrow().getValue());
                events++;
            }
        }
        assertThat(uids).hasSize(events);
        assertThat(events).isEqualTo(SOLVED.plan().summary().assignedVisits());
    }
}
