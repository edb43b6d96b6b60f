package org.reliefdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.UserFolders;

import java.nio.file.Path;
import java.util.List;

/** The JavaFX application: one main window over the app's services. Started by {@code Launcher} (no arguments). */
public final class DesktopApp extends Application {
    /** Rows of fabricated data in the demo workspace. */
    static final long DEMO_ROWS = 5000;
    /** The argument that opens the demo workspace at once (the README's run command). */
    public static final String DEMO_ARG = "--demo";

    /** Starts the desktop app (blocks until the last window closes). */
    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UserFolders folders = UserFolders.current();
        UserSettings settings = UserSettings.standard(folders);
        MainViewModel vm = new MainViewModel(Services.standard(folders, settings.backupSettings()),
                new BackgroundTaskRunner(), settings, folders.demoFolder(), DEMO_ROWS);
        MainWindow window = show(stage, vm, settings);
        window.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        List<String> args = getParameters().getUnnamed();
        if (args.contains(DEMO_ARG)) {
            vm.openDemo();
        } else if (!args.isEmpty()) {
            vm.open(Path.of(args.get(0)));
        }
    }

    /** Puts the main window on a stage with the remembered size and position; saves them on close. */
    static MainWindow show(Stage stage, MainViewModel vm, UserSettings settings) {
        // every window of the app (this one, its dialogs, the user guide) gets the text size and theme
        WindowStyler.install(stage, vm.appearance());
        MainWindow window = new MainWindow(vm);
        Scene scene = new Scene(window, Math.max(800, settings.number("window.2", 1280)),
                Math.max(560, settings.number("window.3", 800)));
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        Icons.apply(stage);
        double x = settings.number("window.0", Double.NaN);
        double y = settings.number("window.1", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.number("window.maximized", 0) > 0);
        stage.setOnHiding(e -> {
            settings.setNumbers("window", stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            settings.setText("window.maximized", stage.isMaximized() ? "1" : "0");
            vm.closeWorkspace();
        });
        stage.show();
        settings.notice().ifPresent(n -> window.showNotice("Settings set aside", n));
        return window;
    }
}
