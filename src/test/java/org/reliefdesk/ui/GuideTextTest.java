package org.reliefdesk.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The user guide's text: how it is read into blocks, and that the bundled guide's pictures are in the program. */
final class GuideTextTest {
    @Test
    void readsTitlesSectionsParagraphsItemsAndPictures() {
        List<GuideText.Block> blocks = GuideText.parse("""
                # Guide
                First line of a paragraph
                and its second line.

                ## 1. Import
                - one item
                - another
                ![The import dialog](06-import-dialog.png)
                Last words.
                """);
        assertThat(blocks).containsExactly(new GuideText.Title("Guide"),
                new GuideText.Paragraph("First line of a paragraph and its second line."),
                new GuideText.Section("1. Import"), new GuideText.Item("one item"), new GuideText.Item("another"),
                new GuideText.Picture("The import dialog", "/ui/guide/06-import-dialog.png"),
                new GuideText.Paragraph("Last words."));
    }

    @Test
    void theBundledGuideWalksFromImportToFilingAndEveryPictureIsInTheProgram() {
        List<GuideText.Block> guide = GuideText.bundled();
        List<String> sections = guide.stream().filter(b -> b instanceof GuideText.Section)
                .map(b -> ((GuideText.Section) b).text()).toList();
        assertThat(sections).anyMatch(s -> s.contains("Import")).anyMatch(s -> s.contains("policy"))
                .anyMatch(s -> s.contains("Review")).anyMatch(s -> s.contains("Override"))
                .anyMatch(s -> s.contains("office details")).anyMatch(s -> s.contains("Export"))
                .anyMatch(s -> s.contains("text"));
        List<GuideText.Picture> pictures = guide.stream().filter(b -> b instanceof GuideText.Picture)
                .map(b -> (GuideText.Picture) b).toList();
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pictures).allSatisfy(p -> assertThat(GuideText.class.getResource(p.resource()))
                .as(p.resource() + " (written by ScreenshotsUITest into docs/screenshots)").isNotNull());
    }
}
