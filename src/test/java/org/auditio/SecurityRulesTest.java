package org.auditio;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Every view states who may open it; every public service method states who may call it. */
class SecurityRulesTest {

    @Test
    void every_view_carries_an_access_annotation() throws Exception {
        List<String> open = new ArrayList<>();
        for (Class<?> view : classesAnnotatedWith(Route.class)) {
            boolean declared = view.isAnnotationPresent(AnonymousAllowed.class)
                    || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(RolesAllowed.class)
                    || view.isAnnotationPresent(DenyAll.class);
            if (!declared) {
                open.add(view.getName());
            }
        }
        assertThat(classesAnnotatedWith(Route.class)).hasSizeGreaterThan(10);
        assertThat(open).isEmpty();
    }

    @Test
    void every_public_service_method_has_method_security() throws Exception {
        List<String> unguarded = new ArrayList<>();
        List<Class<?>> services = classesAnnotatedWith(Service.class);
        for (Class<?> service : services) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers()) // pure functions: no proxy, no caller
                        && !method.isSynthetic()
                        && !method.isAnnotationPresent(PreAuthorize.class)
                        && !service.isAnnotationPresent(PreAuthorize.class)) {
                    unguarded.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(services).hasSizeGreaterThan(5);
        assertThat(unguarded).isEmpty();
    }

    private static List<Class<?>> classesAnnotatedWith(Class<? extends java.lang.annotation.Annotation> annotation)
            throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> classes = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("org.auditio")) {
            classes.add(Class.forName(definition.getBeanClassName()));
        }
        return classes;
    }
}
