package org.careroute.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.careroute.core.api.Planner;
import org.junit.jupiter.api.Test;

/**
 * Concurrent solves in one JVM share nothing: no class of solver-core (main code) has a static field that is not
 * final, or a static final field holding something mutable (an array, a modifiable collection or map, an atomic,
 * a random generator, a string builder).
 */
class NoStaticMutableStateTest {

    /** Fields checked and found immutable on purpose, with the reason. Keep it short. */
    private static final Set<String> ALLOWED = Set.of();
    private static final List<Class<?>> MUTABLE_TYPES = List.of(AtomicInteger.class, AtomicLong.class,
            AtomicBoolean.class, AtomicReference.class, Random.class, StringBuilder.class, java.util.Date.class);

    @Test
    void solverCore_hasNoStaticMutableState() throws Exception {
        List<Class<?>> classes = mainClasses();
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                String name = type.getName() + "." + field.getName();
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !field.isEnumConstant()
                        && !ALLOWED.contains(name)) {
                    String problem = problem(field);
                    if (problem != null) {
                        offenders.add(name + ": " + problem);
                    }
                }
            }
        }
        assertThat(classes).as("classes scanned").hasSizeGreaterThan(50);
        assertThat(offenders).isEmpty();
    }

    private static String problem(Field field) throws IllegalAccessException {
        if (!Modifier.isFinal(field.getModifiers())) {
            return "static but not final";
        }
        if (field.getType().isArray()) {
            return "a static array can be changed by anyone who reads it";
        }
        if (MUTABLE_TYPES.stream().anyMatch(mutable -> mutable.isAssignableFrom(field.getType()))) {
            return "a static " + field.getType().getSimpleName() + " is shared mutable state";
        }
        if (Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType())) {
            field.setAccessible(true);
            Object value = field.get(null);
            if (value != null && !isUnmodifiable(value)) {
                return "a static modifiable " + value.getClass().getName();
            }
        }
        return null;
    }

    private static boolean isUnmodifiable(Object value) {
        String name = value.getClass().getName();
        return name.startsWith("java.util.ImmutableCollections") || name.startsWith(
                "java.util.Collections$Unmodifiable") || name.startsWith("java.util.Collections$Empty")
                || name
                        .startsWith("java.util.Collections$Singleton");
    }

    /** Every class compiled from solver-core's main sources. */
    private static List<Class<?>> mainClasses() throws URISyntaxException, IOException {
        Path root = Path.of(Planner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class")).map(file -> root.relativize(file)
                    .toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "")).filter(
                            name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .map(
                            NoStaticMutableStateTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, true, NoStaticMutableStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
