package org.reliefdesk.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.LookupResult;
import org.controlsfx.control.textfield.TextFields;

/** "Has my record been cleared?": find a person by name and DOB, CII or case number; show their convictions. */
final class LookupView extends VBox {
    private final MainViewModel main;
    private final TextField name = TextFields.createClearableTextField();
    private final TextField dob = TextFields.createClearableTextField();
    private final TextField cii = TextFields.createClearableTextField();
    private final TextField caseNumber = TextFields.createClearableTextField();
    private final ObservableList<LookupResult> results = FXCollections.observableArrayList();
    private final Label summary = new Label("Enter a name (with date of birth), a CII or a case number.");

    LookupView(MainViewModel main) {
        this.main = main;
        setId("lookup-view");
        setSpacing(8);
        setPadding(new Insets(12));
        name.setId("lookup-name");
        name.setPromptText("e.g. SMITH, JOHN");
        dob.setId("lookup-dob");
        dob.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "e.g. " + main.dates().style().format(java.time.LocalDate.of(1980, 1, 31)),
                main.dates().styleProperty()));
        cii.setId("lookup-cii");
        caseNumber.setId("lookup-case");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, labelFor("Name", name), name, labelFor("Date of birth", dob), dob);
        form.addRow(1, labelFor("CII", cii), cii, labelFor("Case number", caseNumber), caseNumber);
        Button find = new Button("Find");
        find.setId("lookup-find");
        find.setDefaultButton(true);
        find.setOnAction(e -> find());
        for (TextField t : new TextField[] {name, dob, cii, caseNumber}) {
            t.setOnAction(e -> find());
        }
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            for (TextField t : new TextField[] {name, dob, cii, caseNumber}) {
                t.clear();
            }
            results.clear();
        });
        ListView<LookupResult> list = new ListView<>(results);
        list.setId("lookup-results");
        list.setCellFactory(l -> new ResultCell(main.dates()));
        main.dates().styleProperty().addListener((o, was, now) -> list.refresh());
        list.setPlaceholder(new Label("No one found yet."));
        list.setAccessibleText("People found");
        VBox.setVgrow(list, Priority.ALWAYS);
        summary.setId("lookup-summary");
        summary.setWrapText(true);
        Label title = new Label("HAS MY RECORD BEEN CLEARED?");
        title.getStyleClass().add(Styles.SECTION);
        getChildren().addAll(title, form, new HBox(8, find, clear), summary, list);
    }

    private static Label labelFor(String text, TextField field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    void focusFirst() {
        name.requestFocus();
    }

    private void find() {
        var run = main.currentRunProperty().get();
        var s = main.session();
        if (run == null || s == null) {
            summary.setText("There is no run yet: run an evaluation first.");
            return;
        }
        if (name.getText().isBlank() && cii.getText().isBlank() && caseNumber.getText().isBlank()) {
            summary.setText("Enter a name, a CII or a case number.");
            return;
        }
        String n = name.getText();
        // in the chosen format, ISO or as filed: looked up as the DOJ files it
        String d = main.dates().style().asFiled(dob.getText());
        String c = cii.getText();
        String k = caseNumber.getText();
        main.runner().start("Looking up", (p, x) -> s.lookup(run.id(), n, d, c, k), found -> {
            results.setAll(found);
            summary.setText(found.isEmpty() ? "No one in this workspace matches." : String.format(
                    "%d %s found (run %d).%s", found.size(), found.size() == 1 ? "person" : "people", run.id(),
                    found.size() >= 200 ? " Only the first 200 are shown: add the date of birth." : ""));
        }, e -> main.problem("The look-up failed", e));
    }

    /** A person with one line per conviction and its outcome in words. */
    private static final class ResultCell extends ListCell<LookupResult> {
        private final DateDisplay dates;

        ResultCell(DateDisplay dates) {
            this.dates = dates;
        }

        @Override
        protected void updateItem(LookupResult item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            StringBuilder spoken = new StringBuilder();
            Label who = new Label(item.person().name() + " · DOB " + dates.stored(item.person().dob()) + " · CII "
                    + item.person().cii());
            spoken.append(who.getText());
            who.getStyleClass().add(Styles.SUBTITLE);
            VBox box = new VBox(3, who);
            if (item.convictions().isEmpty()) {
                box.getChildren().add(new Label("No Prop 64 conviction in this county in the run."));
            }
            for (CaseRow r : item.convictions()) {
                OutcomeBadge badge = new OutcomeBadge();
                badge.show(r.effectiveOutcome(), r.overridden());
                Label what = new Label(r.section() + " · " + DetailView.levelWord(r.level()) + " · convicted "
                        + dates.stored(r.convictionDate()) + " · case " + r.caseNumber() + " · " + r.reasonText());
                box.getChildren().add(new HBox(8, badge, what));
                spoken.append(". ").append(badge.getAccessibleText()).append(", ").append(what.getText());
            }
            if (item.convictions().isEmpty()) {
                spoken.append(". No Prop 64 conviction in this county in the run.");
            }
            setAccessibleText(spoken.toString());
            setGraphic(box);
            setText(null);
        }
    }
}
