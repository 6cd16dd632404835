package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SongListsTest {

    private final SongLists lists = new SongLists();
    private final Song a = new Song.Preview(1, "So What", "Miles Davis", "Kind of Blue", 545);
    private final Song b = Song.Local.of(Path.of("/music/naima.mp3"));
    private final Song c = new Song.Purchased(7, 3, "Peace Piece", "Bill Evans", 402);
    private final Song d = new Song.Preview(4, "Blue in Green", "Miles Davis", "Kind of Blue", 337);

    @Test
    void aListMixesFilesPreviewsAndPurchasesInTheOrderTheyWereAdded() {
        var list = lists.create("  Sunday  ");

        lists.add(list.id(), List.of(a, b, c));

        var kept = lists.find(list.id()).orElseThrow();
        assertThat(kept.name()).isEqualTo("Sunday");
        assertThat(kept.songs()).containsExactly(a, b, c);
        assertThat(kept.songs().get(1).title()).isEqualTo("naima");
        assertThat(kept.totalSeconds()).isEqualTo(545 + 402);
    }

    @Test
    void blankOrTakenNamesAreRefusedAndChangeNothing() {
        var sunday = lists.create("Sunday");
        lists.create("Monday");

        assertThatThrownBy(() -> lists.create("   ")).hasMessage("A song list needs a name");
        assertThatThrownBy(() -> lists.create("SUNDAY")).hasMessage("There is already a song list called “SUNDAY”");
        assertThatThrownBy(() -> lists.rename(sunday.id(), "monday"))
                .hasMessage("There is already a song list called “monday”");
        assertThatThrownBy(() -> lists.create("x".repeat(81))).hasMessageContaining("at most 80 characters");

        assertThat(lists.lists()).extracting(SongList::name).containsExactly("Sunday", "Monday");
    }

    @Test
    void renamingKeepsTheListsIdSongsAndPlace() {
        var first = lists.create("First");
        lists.create("Second");
        lists.add(first.id(), List.of(a));

        lists.rename(first.id(), "Sunday");
        lists.rename(first.id(), "sunday");

        assertThat(lists.lists().get(0)).isEqualTo(new SongList(first.id(), "sunday", List.of(a)));
    }

    @Test
    void deletingRemovesOnlyThatList() {
        var first = lists.create("First");
        var second = lists.create("Second");

        lists.delete(first.id());

        assertThat(lists.lists()).containsExactly(second);
        assertThatThrownBy(() -> lists.add(first.id(), List.of(a))).hasMessage("That song list is gone");
    }

    @Test
    void droppingRowsBetweenTwoOthersMovesThemThereInTheirOrder() {
        var list = lists.create("L");
        lists.add(list.id(), List.of(a, b, c, d));

        assertThat(lists.move(list.id(), new int[] {0}, 3)).isEqualTo(2);
        assertThat(songs(list)).containsExactly(b, c, a, d);

        assertThat(lists.move(list.id(), new int[] {3}, 0)).isEqualTo(0);
        assertThat(songs(list)).containsExactly(d, b, c, a);

        assertThat(lists.move(list.id(), new int[] {0, 2}, 4)).isEqualTo(2);
        assertThat(songs(list)).containsExactly(b, a, d, c);

        assertThat(lists.move(list.id(), new int[] {1}, 1)).isEqualTo(1);
        assertThat(songs(list)).containsExactly(b, a, d, c);
    }

    @Test
    void movingToNowhereIsRefused() {
        var list = lists.create("L");
        lists.add(list.id(), List.of(a, b));

        assertThatThrownBy(() -> lists.move(list.id(), new int[] {2}, 0)).hasMessage("There is no song 2 in “L”");
        assertThatThrownBy(() -> lists.move(list.id(), new int[] {0}, 3)).hasMessage("There is no place 3 in “L”");
        assertThat(songs(list)).containsExactly(a, b);
    }

    @Test
    void removingTakesOutTheChosenRows() {
        var list = lists.create("L");
        lists.add(list.id(), List.of(a, b, c, d));

        lists.remove(list.id(), 3, 1, 1);

        assertThat(songs(list)).containsExactly(a, c);
    }

    @Test
    void everyChangeIsAnnounced() {
        var changes = new AtomicInteger();
        lists.addChangeListener(changes::incrementAndGet);

        var list = lists.create("L");
        lists.add(list.id(), List.of(a));
        lists.rename(list.id(), "M");
        lists.delete(list.id());

        assertThat(changes).hasValue(4);
    }

    private List<Song> songs(SongList list) {
        return lists.find(list.id()).orElseThrow().songs();
    }
}
