package io.openshop.web.platform;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The JSON schema of a type as JSON-B writes it: a record is an object of its components (a generic
 * one, such as {@code PageResponse<Order>}, gets a schema per type argument,
 * {@code PageResponseOrder}), kept in the document's components under its simple name and referred
 * to. It replaces the schema Payara's scanner made of the same record, which writes an enum or a
 * time as an object and knows no type argument, but keeps what that one's {@code @Schema} said
 * (descriptions, examples, limits).
 */
final class ApiSchemas {

    /** Marks, during one pass of the filter, the component schemas already built from their Java type. */
    private static final String FROM_JAVA = "x-openshop-from-java";

    private ApiSchemas() {
    }

    static Schema of(Type type, Components components) {
        return of(type, components, Map.of());
    }

    private static Schema of(Type type, Components components, Map<String, Type> bound) {
        if (type instanceof TypeVariable<?> variable) {
            return of(bound.getOrDefault(variable.getName(), Object.class), components, bound);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(arguments[0], components, bound));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1], components, bound));
            }
            if (Optional.class.equals(raw)) {
                return of(arguments[0], components, bound);
            }
            if (raw.isRecord()) {
                Map<String, Type> binding = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    binding.put(variables[i].getName(), resolved(arguments[i], bound));
                }
                String name = raw.getSimpleName() + Arrays.stream(arguments).map(a -> simpleName(resolved(a, bound)))
                        .collect(Collectors.joining());
                String identity = raw.getName() + Arrays.stream(arguments).map(a -> resolved(a, bound).getTypeName())
                        .collect(Collectors.joining(",", "<", ">"));
                return record(raw, name, identity, components, binding);
            }
            return of(raw, components, bound);
        }
        Class<?> c = (Class<?>) type;
        if (c == Object.class) {
            return OASFactory.createSchema(); // any value, null included (a report's cells)
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return string(null);
        }
        if (c == UUID.class) {
            return string("uuid");
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class || c == LocalDateTime.class) {
            return string("date-time");
        }
        if (c == LocalDate.class) {
            return string("date");
        }
        if (c == byte[].class) {
            return string("binary");
        }
        if (c.isEnum()) {
            Schema schema = string(null);
            Arrays.stream(c.getEnumConstants()).forEach(constant -> schema.addEnumeration(((Enum<?>) constant).name()));
            return schema;
        }
        if (c.isArray()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(c.getComponentType(), components, bound));
        }
        if (c.isRecord()) {
            return record(c, c.getSimpleName(), c.getName(), components, Map.of());
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    private static Schema record(Class<?> record, String simpleName, String identity, Components components, Map<String, Type> binding) {
        String name = simpleName;
        Object builtFrom = builtFrom(components, name);
        if (builtFrom != null && !identity.equals(builtFrom)) {
            // another record of the same simple name (cart and order both have a LineResponse): named by its capability too
            String[] packages = record.getPackageName().split("\\.");
            String capability = packages.length > 3 ? packages[3] : packages[packages.length - 1];
            name = Character.toUpperCase(capability.charAt(0)) + capability.substring(1) + simpleName;
            builtFrom = builtFrom(components, name);
            if (builtFrom != null && !identity.equals(builtFrom)) {
                name = identity.replaceAll("[^A-Za-z0-9]", "_");
                builtFrom = builtFrom(components, name);
            }
        }
        Schema ref = OASFactory.createSchema().ref(name);
        if (identity.equals(builtFrom)) {
            return ref; // built already in this pass
        }
        Schema scanned = components.getSchemas() == null ? null : components.getSchemas().get(name);
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).addExtension(FROM_JAVA, identity);
        components.addSchema(name, schema); // before the components, so that a recursive type ends
        if (scanned != null && scanned.getDescription() != null) {
            schema.setDescription(scanned.getDescription());
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
            String property = renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
            Schema built = of(component.getGenericType(), components, binding);
            Schema documented = scanned == null || scanned.getProperties() == null ? null : scanned.getProperties().get(property);
            if (documented != null && built.getRef() == null) {
                // what @Schema said of the property (its words and limits), on the type JSON-B writes
                built.description(documented.getDescription()).example(documented.getExample())
                        .minimum(documented.getMinimum()).maximum(documented.getMaximum())
                        .minLength(documented.getMinLength()).maxLength(documented.getMaxLength()).pattern(documented.getPattern());
                if (documented.getEnumeration() != null && built.getEnumeration() == null) {
                    built.setEnumeration(documented.getEnumeration());
                }
            } else if (documented != null && documented.getDescription() != null) {
                built = OASFactory.createSchema().description(documented.getDescription()).addAllOf(built);
            }
            schema.addProperty(property, built);
        }
        return ref;
    }

    /** The Java type the component of this name was built from in this pass, or null. */
    private static Object builtFrom(Components components, String name) {
        Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(name);
        return schema == null || schema.getExtensions() == null ? null : schema.getExtensions().get(FROM_JAVA);
    }

    /** Removes the marker of the schemas built from Java types in this pass. */
    static void unmark(Components components) {
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> {
                if (schema.getExtensions() != null && schema.getExtensions().containsKey(FROM_JAVA)) {
                    schema.removeExtension(FROM_JAVA);
                }
            });
        }
    }

    private static Type resolved(Type type, Map<String, Type> bound) {
        return type instanceof TypeVariable<?> variable ? bound.getOrDefault(variable.getName(), Object.class) : type;
    }

    private static String simpleName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return ((Class<?>) parameterized.getRawType()).getSimpleName()
                    + Arrays.stream(parameterized.getActualTypeArguments()).map(ApiSchemas::simpleName).collect(Collectors.joining());
        }
        return type instanceof Class<?> c ? c.getSimpleName() : "Object";
    }

    /** Drops the component schemas nothing refers to (Payara adds one for every type it meets, used or not). */
    static void removeUnused(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.Deque<Schema> pending = new java.util.ArrayDeque<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> {
                        if (p.getSchema() != null) {
                            pending.add(p.getSchema());
                        }
                    });
                }
                if (operation.getRequestBody() != null) {
                    contentSchemas(operation.getRequestBody().getContent(), pending);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), pending));
                }
            }));
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                Schema named = components.getSchemas().get(name);
                if (used.add(name) && named != null) {
                    pending.add(named);
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (java.util.List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    pending.addAll(composed);
                }
            }
            if (schema.getNot() != null) {
                pending.add(schema.getNot());
            }
        }
        new java.util.ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
    }

    private static void contentSchemas(org.eclipse.microprofile.openapi.models.media.Content content, java.util.Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> {
                if (m.getSchema() != null) {
                    pending.add(m.getSchema());
                }
            });
        }
    }

    private static Schema string(String format) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return format == null ? schema : schema.format(format);
    }
}
