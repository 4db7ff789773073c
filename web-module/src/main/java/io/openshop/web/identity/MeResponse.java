package io.openshop.web.identity;

import java.util.List;

/** The caller's own account as the API shows it. */
public record MeResponse(String email, String name, String kind, List<String> roles) {
}
