package org.careroute.datasets.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Common Swedish first and last names, combined at random without repeating a full name. */
final class Names {

    private static final List<String> FIRST = List.of("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma",
            "Kerstin", "Ingrid", "Linnea", "Elin", "Johanna", "Malin", "Sofia", "Hanna", "Ida", "Maja", "Fatima",
            "Amina", "Erik", "Lars", "Anders", "Johan", "Per", "Mikael", "Karl", "Nils", "Ahmed", "Oskar", "Jonas",
            "Ali", "Mohammed", "Sanna", "Therese", "Helena", "Annika", "Åsa", "Birgitta", "Ulrika", "Camilla");
    private static final List<String> LAST = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
            "Lindqvist", "Lindberg", "Berg", "Nyström", "Sandberg", "Hedlund", "Björk", "Lundgren", "Ekström",
            "Forsberg", "Dahl", "Sjöberg", "Öberg", "Hassan", "Ali", "Mohammadi", "Nordin", "Wallin");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    Names(Random random) {
        this.random = random;
    }

    String next() {
        for (int attempt = 0; attempt < 100; attempt++) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            if (used.add(name)) {
                return name;
            }
        }
        String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size())) + " "
                + used.size();
        used.add(name);
        return name;
    }
}
