package io.openshop.systemtest.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What the built application exposes, read from the EAR the tests deploy rather than typed into a
 * test: every JAX-RS resource method (by reflection over the WAR's own classes, with the EAR's
 * jars on the class path) and every Faces page (the WAR's file list).
 *
 * <p>Reflection rather than the served {@code /openapi} document: OpenAPI can leave a resource out
 * ({@code @Operation(hidden = true)}, {@code mp.openapi.scan.exclude.*}, a class the scanner does
 * not see), while the class files are exactly what JAX-RS deploys. To be sure nothing is skipped,
 * every class file that mentions {@code jakarta.ws.rs.Path} must load, or enumeration fails.
 */
public final class ApplicationSurface {

    /** One resource method: HTTP method, URI template as declared, and the Java method serving it. */
    public record Endpoint(String method, String template, String javaMethod, Set<String> numericParameters) {

        private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

        /** The template with regular expressions left out: {@code /api/me/addresses/{id}}. */
        public String path() {
            return PARAMETER.matcher(template).replaceAll("{$1}");
        }

        /** A concrete URI for the template: numbers where the parameter must be digits, a harmless word elsewhere. */
        public String sample() {
            Matcher m = PARAMETER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String regex = m.group(2);
                String value = regex != null && !"1".matches(regex.strip()) ? "0"
                        : regex != null || numericParameters.contains(m.group(1)) ? "1" : "no-such-" + m.group(1);
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return method + " " + path() + " (" + javaMethod + ")";
        }
    }

    private ApplicationSurface() {
    }

    /** Every Faces page of the WAR (outside WEB-INF, META-INF and resources), as request paths, sorted. */
    public static List<String> pages() {
        TreeSet<String> pages = new TreeSet<>();
        for (String name : warEntries().keySet()) {
            if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")
                    && !name.startsWith("resources/")) {
                pages.add("/" + name);
                if (name.endsWith("/index.xhtml")) {
                    pages.add("/" + name.substring(0, name.length() - "index.xhtml".length()));
                }
            }
        }
        return List.copyOf(pages);
    }

    /** Every resource method of the WAR's JAX-RS application, sub-resources included, sorted by path. */
    public static List<Endpoint> restEndpoints() {
        java.nio.file.Path root = unpack();
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(root.resolve("war/WEB-INF/classes").toUri().toURL());
            try (var jars = Files.walk(root)) {
                for (java.nio.file.Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ApplicationSurface.class.getClassLoader())) {
            String applicationPath = null;
            List<Class<?>> resources = new ArrayList<>();
            java.nio.file.Path classes = root.resolve("war/WEB-INF/classes");
            List<java.nio.file.Path> files;
            try (var walk = Files.walk(classes)) {
                files = walk.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (java.nio.file.Path file : files) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.equals("module-info")) {
                    continue;
                }
                boolean mentionsJaxRs = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("jakarta/ws/rs/");
                if (!mentionsJaxRs) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("A class that uses JAX-RS could not be read, so its endpoints would be missed: " + name, e);
                }
                ApplicationPath app = type.getAnnotation(ApplicationPath.class);
                if (app != null) {
                    if (applicationPath != null) {
                        throw new AssertionError("More than one JAX-RS application; extend ApplicationSurface for it: " + name);
                    }
                    applicationPath = app.value();
                }
                if (type.isAnnotationPresent(Path.class) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    resources.add(type);
                }
            }
            if (applicationPath == null) {
                throw new AssertionError("No @ApplicationPath class in the WAR");
            }
            for (Class<?> resource : resources) {
                collect(resource, join(applicationPath, resource.getAnnotation(Path.class).value()), endpoints, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static void collect(Class<?> resource, String base, List<Endpoint> out, int depth) {
        if (depth > 5) {
            throw new AssertionError("Sub-resources nest too deep below " + base);
        }
        for (Method method : resource.getMethods()) {
            if (method.getDeclaringClass() == Object.class) {
                continue;
            }
            Optional<Path> path = annotation(method, Path.class);
            String template = path.map(p -> join(base, p.value())).orElse(base);
            Optional<String> verb = httpMethod(method);
            if (verb.isPresent()) {
                out.add(new Endpoint(verb.get(), template, resource.getSimpleName() + "." + method.getName(), numericPathParameters(method)));
            } else if (path.isPresent()) { // a sub-resource locator: the returned class serves the rest
                collect(method.getReturnType(), template, out, depth + 1);
            }
        }
    }

    /**
     * The method's path parameters of a number type: a word there would be a 404 from parameter
     * conversion before any role is checked, so samples give them a number.
     */
    private static Set<String> numericPathParameters(Method method) {
        Set<String> numeric = new java.util.HashSet<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            PathParam name = parameter.getAnnotation(PathParam.class);
            Class<?> type = parameter.getType();
            if (name != null && (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type))) {
                numeric.add(name.value());
            }
        }
        return numeric;
    }

    private static Optional<String> httpMethod(Method method) {
        for (Method candidate : overridden(method)) {
            for (Annotation a : candidate.getAnnotations()) {
                HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    return Optional.of(http.value());
                }
            }
        }
        return Optional.empty();
    }

    private static <A extends Annotation> Optional<A> annotation(Method method, Class<A> type) {
        for (Method candidate : overridden(method)) {
            A a = candidate.getAnnotation(type);
            if (a != null) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The method and the ones it implements or overrides (JAX-RS annotations are inherited from them). */
    private static List<Method> overridden(Method method) {
        List<Method> all = new ArrayList<>();
        all.add(method);
        List<Class<?>> types = new ArrayList<>(List.of(method.getDeclaringClass().getInterfaces()));
        if (method.getDeclaringClass().getSuperclass() != null) {
            types.add(method.getDeclaringClass().getSuperclass());
        }
        for (Class<?> type : types) {
            try {
                all.add(type.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return all;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The WAR's entries with their bytes. */
    private static Map<String, byte[]> warEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile ear = new ZipFile(TestSettings.ear().toFile())) {
            ZipEntry war = ear.getEntry(DeploymentSupport.WAR);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ear.getInputStream(war).readAllBytes()))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    if (!entry.isDirectory()) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The EAR's jars and the WAR's content in a fresh folder under target. */
    private static java.nio.file.Path unpack() {
        try {
            java.nio.file.Path target = java.nio.file.Path.of("target");
            Files.createDirectories(target);
            java.nio.file.Path root = Files.createTempDirectory(target, "surface-");
            try (ZipFile ear = new ZipFile(TestSettings.ear().toFile())) {
                for (ZipEntry entry : java.util.Collections.list(ear.entries())) {
                    if (entry.getName().endsWith(".jar")) {
                        java.nio.file.Path jar = root.resolve("ear").resolve(entry.getName());
                        Files.createDirectories(jar.getParent());
                        Files.write(jar, ear.getInputStream(entry).readAllBytes());
                    }
                }
            }
            for (Map.Entry<String, byte[]> entry : warEntries().entrySet()) {
                java.nio.file.Path file = root.resolve("war").resolve(entry.getKey()).normalize();
                if (!file.startsWith(root.resolve("war"))) {
                    throw new IllegalStateException("A WAR entry points outside it: " + entry.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
