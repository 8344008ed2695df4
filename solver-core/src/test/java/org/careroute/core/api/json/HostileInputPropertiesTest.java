package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Planner;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.HostileInputs;

/**
 * Hostile input through the library: thousands of malformed, inconsistent and extreme variants of valid problems
 * (see {@link HostileInputs}) are read with {@link CarerouteJson}. Each one is either refused with an
 * {@link InvalidInputException} whose every error has a message and a JSON pointer into the document, or read into
 * a problem that {@link ProblemValidator} accepts and the {@link Planner} solves into a plan the verifier agrees with.
 * Nothing else may happen: no other exception, no crash. The system property {@code careroute.fuzz.factor} (default
 * 1) multiplies the number of variants for a longer soak.
 */
@Tag("slow")
class HostileInputPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Planner PLANNER = Planner.create();
    private static final int FACTOR = Integer.getInteger("careroute.fuzz.factor", 1);
    private static final int MAX_VISITS_TO_SOLVE = 60;
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger PLANNED = new AtomicInteger();

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void hostileProblem_isRefusedWithPointersOrPlanned(@ForAll long seed) throws IOException {
        for (int round = 0; round < FACTOR; round++) {
            long variantSeed = seed + round * 0x9E3779B97F4A7C15L;
            HostileInputs.Variant variant = HostileInputs.mutate(validDocument(variantSeed), variantSeed);
            check(variant);
        }
    }

    @AfterContainer
    static void tally() {
        System.out.printf("hostile inputs through the library: %d tried, %d refused with pointers, %d planned%n",
                TRIED.get(), REFUSED.get(), PLANNED.get());
    }

    /** A valid document: the README-style problem or a random one of any travel mode and time format. */
    static String validDocument(long seed) {
        return Math.floorMod(seed, 3) == 0 ? JsonDoc.VALID : RoundTripTest.write(RandomProblems.problem(seed));
    }

    private static void check(HostileInputs.Variant variant) throws IOException {
        TRIED.incrementAndGet();
        Path file = Files.createTempFile("hostile", ".json");
        try {
            Files.write(file, variant.bytes());
            Problem problem;
            try {
                problem = CarerouteJson.readProblem(file);
            } catch (InvalidInputException e) {
                assertPointedErrors(e, variant);
                REFUSED.incrementAndGet();
                return;
            } catch (RuntimeException e) {
                throw new AssertionError("Uncaught " + e + " for " + variant, e);
            }
            assertThat(ProblemValidator.validate(problem, "read")).as(variant::toString).isEmpty();
            solveAndVerify(problem, variant);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void solveAndVerify(Problem problem, HostileInputs.Variant variant) {
        if (problem.visits().size() > MAX_VISITS_TO_SOLVE || shifts(problem) > MAX_VISITS_TO_SOLVE) {
            PLANNED.incrementAndGet();
            return;
        }
        Plan plan;
        try {
            plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(200L).withTimeLimit(null));
        } catch (InvalidInputException e) {
            // e.g. road travel without a road network: refused, with a pointer
            assertPointedErrors(e, variant);
            REFUSED.incrementAndGet();
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("Uncaught " + e + " while solving " + variant, e);
        }
        VerificationReport report = PLANNER.verify(problem, plan);
        assertThat(report.recomputed().hardScore()).as(variant::toString).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).as(variant::toString).isEqualTo(plan.summary().softScore());
        StringWriter json = new StringWriter();
        try {
            CarerouteJson.writePlan(plan, problem, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(CarerouteJson.readPlan(json.toString(), "plan")).as(variant::toString).isNotNull();
        PLANNED.incrementAndGet();
    }

    private static long shifts(Problem problem) {
        return problem.caregivers().stream().map(Caregiver::shifts).mapToLong(java.util.List::size).sum();
    }

    /** Every error has a message and a pointer that exists in the document (when the document is JSON at all). */
    static void assertPointedErrors(InvalidInputException e, HostileInputs.Variant variant) {
        if (e.errors().isEmpty()) {
            fail("No errors listed for %s", variant);
        }
        JsonNode doc = parseOrNull(variant.bytes());
        for (InputError error : e.errors()) {
            if (error.message() == null || error.message().isBlank() || error.pointer() == null
                    || !(error.pointer().isEmpty() || error.pointer().startsWith("/"))) {
                fail("Error without message or pointer: %s for %s", error, variant);
            }
            if (doc != null && !error.pointer().isEmpty() && doc.at(error.pointer()).isMissingNode()) {
                fail("Pointer %s of '%s' is not in the document %s", error.pointer(), error.message(), variant);
            }
        }
    }

    private static JsonNode parseOrNull(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
