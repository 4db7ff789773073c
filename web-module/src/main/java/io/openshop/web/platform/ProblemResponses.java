package io.openshop.web.platform;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every error the API answers is a {@link Problem}: this filter says so once
 * for the whole OpenAPI document, instead of each resource repeating the content of its 4xx and
 * 5xx responses. Every error response's content is application/problem+json with the Problem
 * schema, and nothing else (Payara's scanner gives the method's return type to the first response
 * a method declares, even when that is an error); the document's components hold the schema.
 * Named by mp.openapi.filter in the EJB module's microprofile-config.properties: Payara reads an
 * EAR's configuration through the EAR's class loader, which does not see WEB-INF/classes.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (isError(code)) {
                    response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
                }
            });
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA)) {
            components.addSchema(SCHEMA, problemSchema());
        }
    }

    static boolean isError(String code) {
        return code != null && (code.startsWith("4") || code.startsWith("5"));
    }

    /** RFC 9457's members as {@link Problem} writes them, and the field messages of a refused input. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .description("Field name to message, for input that broke a rule")
                        .additionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }
}
