package org.auditio.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Ids in addresses: a malformed one is just not found, never an error page about parsing. */
public final class RouteIds {

    private RouteIds() {}

    public static Optional<UUID> uuid(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::uuid);
    }

    /**
     * What the id in the address names, found by {@code finder}; when it names nothing the caller may
     * see (malformed, unknown, someone else's), the navigation goes to the not-found page instead.
     */
    public static <T> Optional<T> find(BeforeEnterEvent event, String parameter, Function<UUID, Optional<T>> finder) {
        Optional<T> found = uuid(event, parameter).flatMap(finder);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }

    public static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
