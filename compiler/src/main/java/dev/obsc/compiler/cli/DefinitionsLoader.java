package dev.obsc.compiler.cli;

import dev.obsc.dsl.Definitions;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Loads compiled definitions from a class path (directories or jars): the class named with
 * {@code --class}, or else the single {@link Definitions} the class path registers as a service.
 */
final class DefinitionsLoader {
    private DefinitionsLoader() {
    }

    static Definitions load(String classPath, Optional<String> className) throws UsageException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new UsageException("definitions path '" + entry + "' does not exist; build the definitions"
                        + " first (make generate does)");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("definitions path '" + entry + "' is not usable: " + e.getMessage(), e);
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Definitions.class.getClassLoader());
        if (className.isPresent()) {
            return instantiate(loader, className.get());
        }
        List<Definitions> found = ServiceLoader.load(Definitions.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (found.size() != 1) {
            throw new UsageException((found.isEmpty() ? "no definitions found" : "several definitions found ("
                    + found.stream().map(d -> d.getClass().getName()).collect(Collectors.joining(", ")) + ")")
                    + " on '" + classPath + "'; register one in META-INF/services/" + Definitions.class.getName()
                    + " or choose with --class");
        }
        return found.get(0);
    }

    private static Definitions instantiate(ClassLoader loader, String className) throws UsageException {
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!Definitions.class.isAssignableFrom(type)) {
                throw new UsageException(className + " does not implement " + Definitions.class.getName());
            }
            return (Definitions) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new UsageException("cannot instantiate definitions class " + className + ": " + e, e);
        }
    }
}
