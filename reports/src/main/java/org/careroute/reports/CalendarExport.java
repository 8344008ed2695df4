package org.careroute.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;

/**
 * One iCalendar (RFC 5545) calendar per caregiver with one event per planned visit, written with ical4j. Times are
 * UTC ({@code ...Z}) so that no time-zone definitions are needed: calendar apps show them in local time. Each event
 * has the visit's coordinates ({@code GEO} and {@code LOCATION}), and a description with the client, required
 * skills, time windows and the drive there. The UID ({@code visitId.shiftId@careroute}) stays the same when the same
 * visit is planned again on the same shift, so re-imports update events instead of duplicating them.
 */
public final class CalendarExport {

    /** The calendar's display name in Apple Calendar, Google Calendar and Outlook (a widely read extension). */
    private static final String CALENDAR_NAME = "X-WR-CALNAME";
    private static final String PRODUCT = "-//careroute//careroute plan//EN";

    private CalendarExport() {
    }

    /** The calendars by caregiver id, in problem order; caregivers without planned visits get none. */
    public static Map<String, Calendar> calendars(Problem problem, Plan plan, Instant stamp) {
        PlanView view = new PlanView(problem, plan);
        Map<String, List<VEvent>> events = new LinkedHashMap<>();
        problem.caregivers().forEach(c -> events.put(c.id(), new ArrayList<>()));
        for (ShiftPlan route : plan.shifts()) {
            Caregiver caregiver = view.caregiverOfShift(route.shiftId());
            for (PlannedVisit planned : route.visits()) {
                events.get(caregiver.id()).add(event(view, route, planned, stamp));
            }
        }
        Map<String, Calendar> calendars = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        problem.caregivers().forEach(c -> names.putIfAbsent(c.id(), c.name()));
        events.forEach((caregiverId, list) -> {
            if (!list.isEmpty()) {
                Calendar calendar = new Calendar().add(new ProdId(PRODUCT)).add(ImmutableVersion.VERSION_2_0).add(
                        ImmutableCalScale.GREGORIAN).add(
                                new XProperty(CALENDAR_NAME, names.get(caregiverId) + " – "
                                        + problem.name()));
                list.forEach(calendar::add);
                calendars.put(caregiverId, calendar);
            }
        });
        return calendars;
    }

    /** One calendar with the planned visits of every caregiver, named after the problem. */
    public static Calendar combined(Problem problem, Plan plan, Instant stamp) {
        Calendar all = new Calendar().add(new ProdId(PRODUCT)).add(ImmutableVersion.VERSION_2_0).add(
                ImmutableCalScale.GREGORIAN).add(new XProperty(CALENDAR_NAME, problem.name()));
        calendars(problem, plan, stamp).values().forEach(calendar -> calendar.getComponents().forEach(all::add));
        return all;
    }

    /** Writes {@code calendar} to {@code out}, which stays open (ical4j's outputter closes what it writes to). */
    public static void write(Calendar calendar, Writer out) throws IOException {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (ValidationException e) {
            throw new IllegalStateException("careroute built an invalid calendar: " + e.getMessage(), e);
        }
        out.write(text.toString());
        out.flush();
    }

    private static VEvent event(PlanView view, ShiftPlan route, PlannedVisit planned, Instant stamp) {
        Visit visit = view.visit(planned.visitId());
        String summary = visit.name().equals(visit.id()) ? "Visit " + visit.id() : visit.name();
        VEvent event = new VEvent(planned.start(), planned.end(), summary);
        event.add(new Uid(visit.id() + "." + route.shiftId() + "@careroute"));
        event.replace(new DtStamp(stamp));
        StringBuilder description = new StringBuilder();
        description.append("Visit ").append(visit.id()).append(", client ").append(visit.clientId()).append('\n');
        if (!visit.requiredSkills().isEmpty()) {
            description.append("Skills: ").append(String.join(", ", visit.requiredSkills().stream().sorted()
                    .toList())).append('\n');
        }
        visit.timeWindows().forEach(w -> description.append("Window: ").append(view.time(w.start())).append(" to ")
                .append(view.time(w.end())).append('\n'));
        description.append("Arrive ").append(view.time(planned.arrival())).append(" after a drive of ").append(
                planned.travelFromPrevious().seconds() / 60).append(" min");
        if (planned.waitingSeconds() > 0) {
            description.append(", wait ").append(planned.waitingSeconds() / 60).append(" min");
        }
        if (visit.mandatory()) {
            description.append("\nMandatory visit");
        }
        event.add(new Description(description.toString()));
        GeoLocation geo = PlanView.geo(visit.location()).orElse(null);
        if (geo != null) {
            event.add(new Geo(BigDecimal.valueOf(geo.lat()), BigDecimal.valueOf(geo.lon())));
            event.add(new Location(geo.lat() + ", " + geo.lon()));
        }
        return event;
    }
}
