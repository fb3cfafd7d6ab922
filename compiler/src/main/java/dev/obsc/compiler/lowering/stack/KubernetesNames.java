package dev.obsc.compiler.lowering.stack;

import dev.obsc.compiler.lowering.Slugs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kubernetes object names for things named more freely (dashboard uids, SLO names): lower case,
 * digits and dashes. Names that differ only in case or punctuation ({@code A_b}, {@code a-b}) would
 * become one object, and {@code kubectl apply} would keep only the last; those get a suffix from a
 * hash of the original name instead, so every object survives and the names stay the same run to run.
 */
final class KubernetesNames {
    private static final int SUFFIX_HEX_DIGITS = 8;

    private KubernetesNames() {
    }

    /** Each original's object name, {@code prefix} + its normalised form, made unique. */
    static Map<String, String> of(String prefix, Collection<String> originals) {
        Map<String, List<String>> byName = new TreeMap<>();
        for (String original : new TreeSet<>(originals)) {
            byName.computeIfAbsent(prefix + normalise(original), n -> new java.util.ArrayList<>()).add(original);
        }
        Map<String, String> names = new HashMap<>();
        byName.forEach((name, sharing) -> sharing.forEach(original ->
                names.put(original, sharing.size() == 1 ? name : name + "-" + hash(original))));
        return names;
    }

    static String normalise(String name) {
        return Slugs.of(name);
    }

    private static String hash(String original) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(original.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < SUFFIX_HEX_DIGITS / 2; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
