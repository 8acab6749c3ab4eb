package org.auditio.jury.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything a browser could receive from a component tree: texts, attributes and properties of
 * every element, and, for grids (whose rows are not elements), every cell of every row.
 */
final class RenderedText {

    private RenderedText() {}

    static List<String> of(Element root, Function<Grid<?>, List<String>> gridCells) {
        List<String> found = new ArrayList<>();
        walk(root, found, gridCells);
        return found;
    }

    private static void walk(Element element, List<String> found, Function<Grid<?>, List<String>> gridCells) {
        if (element.isTextNode()) {
            found.add(element.getText());
            return;
        }
        if (element.getClassList().contains("language-switch")) {
            // The header's EN | FR buttons: the same on every page, and "FR" is no candidate's France.
            return;
        }
        element.getAttributeNames().forEach(name -> found.add(name + "=" + element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> {
            Object value = element.getPropertyRaw(name);
            found.add(name + "=" + value);
        });
        element.getComponent().ifPresent(component -> {
            if (component instanceof Grid<?> grid) {
                found.addAll(gridCells.apply(grid));
            }
        });
        element.getChildren().forEach(child -> walk(child, found, gridCells));
    }
}
