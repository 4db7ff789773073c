package io.openshop.service.testing;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, as the fake repositories' add() does on insert. */
public final class Ids {

    private Ids() {
    }

    public static <T> T assign(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                if (field.get(entity) == null || Long.valueOf(0).equals(field.get(entity))) {
                    field.set(entity, id);
                }
                return entity;
            } catch (NoSuchFieldException e) {
                // the id is declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }
}
