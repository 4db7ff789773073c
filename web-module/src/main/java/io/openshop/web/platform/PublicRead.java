package io.openshop.web.platform;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A catalog read whose answer to an anonymous visitor depends on nothing but its URL, so a shared
 * cache may keep it ({@link EdgeCaching}): the resource method names the catalog objects it shows
 * in {@link CacheTags}, and the shop purges the copies by those keys when they change. A method
 * without it is never shared, whatever its path.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicRead {
}
