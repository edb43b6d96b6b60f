package org.reliefdesk.ui;

import javafx.collections.FXCollections;
import org.controlsfx.control.SearchableComboBox;
import org.reliefdesk.doj.CaliforniaCounties;

/**
 * The picker of California's 58 counties (ControlsFX {@link SearchableComboBox}): typing part of a name, such as
 * "joaq", narrows the list; the arrows and Enter choose; Escape keeps the county chosen before.
 */
final class CountyPicker {
    private CountyPicker() {
    }

    static SearchableComboBox<String> create() {
        SearchableComboBox<String> picker = new SearchableComboBox<>(FXCollections.observableArrayList(
                CaliforniaCounties.ALL));
        picker.setPromptText("Type or choose the county");
        picker.setAccessibleText("County");
        picker.setVisibleRowCount(14);
        picker.getStyleClass().add("rd-county-picker");
        // the search field ControlsFX shows while the list is open is named for screen readers too
        picker.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && picker.lookup("#search") != null) {
                picker.lookup("#search").setAccessibleText("Search the counties");
            }
        });
        return picker;
    }
}
