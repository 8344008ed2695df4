package org.careroute.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Whether standard error is an interactive terminal, which decides how progress is shown. */
final class Terminal {

    /** Set by the {@code ./careroute} launcher from the shell's {@code [ -t 2 ]}, the only exact stderr test. */
    static final String STDERR_IS_TERMINAL_PROPERTY = "careroute.stderrIsTerminal";

    /** Set by the launcher from {@code tput cols}. */
    static final String COLUMNS_PROPERTY = "careroute.columns";

    private Terminal() {
    }

    /** How many characters fit on a terminal line (80 when unknown). */
    static int columns() {
        try {
            int columns = Integer.parseInt(System.getProperty(COLUMNS_PROPERTY, "80").trim());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    static boolean stderrIsTerminal() {
        String known = System.getProperty(STDERR_IS_TERMINAL_PROPERTY);
        if (known != null) {
            return Boolean.parseBoolean(known);
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        return consoleIsTerminal(console);
    }

    /** JDK 22+ returns a console even when redirected and tells with {@code isTerminal()}; older JDKs return null. */
    private static boolean consoleIsTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
