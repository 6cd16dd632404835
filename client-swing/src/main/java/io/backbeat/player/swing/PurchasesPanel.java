package io.backbeat.player.swing;

import io.backbeat.player.model.Account;
import io.backbeat.player.model.Purchases;
import io.backbeat.player.swing.RowTableModel.Column;
import io.backbeat.player.viewcontroller.PurchasesController;
import io.backbeat.player.viewcontroller.SongListController;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

/**
 * What the account owns and what is on this player: download (with progress, cancellable), play (decrypted in
 * memory, offline too), put on a song list. Unlocking the player's key with its passphrase comes first.
 */
final class PurchasesPanel extends JPanel {

    private final PurchasesController controller;
    private final Purchases purchases;
    private final Account account;
    private final RowTableModel<Row> rows = new RowTableModel<>(
            Column.text("Title", row -> row.work().title()),
            Column.text("Artist", row -> row.work().artist()),
            Column.text("Points", row -> row.work().points() == 0 ? "" : Integer.toString(row.work().points())),
            Column.text("On this player", Row::onThisPlayer));
    private final JTable table = new JTable(rows);
    private final JLabel summary = new JLabel();
    private final JButton unlock = new JButton("Unlock Player…");
    private final JButton download = new JButton("Download");
    private final JButton cancel = new JButton("Cancel Download");
    private final JButton play = new JButton("Play");
    private final JButton addToList = new JButton("Add to Song List");
    private final JProgressBar progress = new JProgressBar(0, 100);

    PurchasesPanel(PurchasesController controller, SongListController songLists) {
        super(new BorderLayout(0, 6));
        this.controller = controller;
        purchases = controller.purchases();
        account = controller.account().account();
        setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        table.setName("purchases");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getSelectionModel().addListSelectionListener(e -> showState());
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    selected().filter(Purchases.Owned::downloaded).ifPresent(controller::play);
                }
            }
        });
        summary.setName("purchasesSummary");
        unlock.setName("unlock");
        download.setName("download");
        cancel.setName("cancelDownload");
        play.setName("playPurchase");
        addToList.setName("addPurchaseToList");
        progress.setName("downloadProgress");
        progress.setStringPainted(true);

        var refresh = new JButton("Refresh");
        refresh.addActionListener(e -> controller.refresh());
        unlock.addActionListener(e -> askToUnlock());
        download.addActionListener(e -> selected().ifPresent(owned -> controller.download(owned.licence())));
        cancel.addActionListener(e -> controller.cancelDownload());
        play.addActionListener(e -> selected().ifPresent(controller::play));
        addToList.addActionListener(e -> selected().ifPresent(owned -> songLists.addSongsToSelected(
                List.of(owned.song()))));

        var top = new JPanel(new BorderLayout(8, 0));
        top.add(summary, BorderLayout.CENTER);
        var topButtons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));
        topButtons.add(unlock);
        topButtons.add(refresh);
        top.add(topButtons, BorderLayout.EAST);
        var buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        buttons.add(download);
        buttons.add(cancel);
        buttons.add(play);
        buttons.add(addToList);
        var bottom = new JPanel(new BorderLayout(8, 4));
        bottom.add(buttons, BorderLayout.WEST);
        bottom.add(progress, BorderLayout.CENTER);

        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        purchases.addChangeListener(this::showState);
        account.addChangeListener(this::showState);
        showState();
    }

    private void askToUnlock() {
        var passphrase = FocusOnShow.on(new JPasswordField(24));
        passphrase.setName("unlockPassphrase");
        var form = new JPanel(new BorderLayout(0, 6));
        form.add(new JLabel("This player's passphrase:"), BorderLayout.NORTH);
        form.add(passphrase, BorderLayout.CENTER);
        if (JOptionPane.showConfirmDialog(this, form, "Unlock Player", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            controller.account().unlock(passphrase.getPassword(), controller::refresh);
        }
    }

    private Optional<Purchases.Owned> selected() {
        var row = table.getSelectedRow();
        return row < 0 || row >= purchases.owned().size() ? Optional.empty()
                : Optional.of(purchases.owned().get(table.convertRowIndexToModel(row)));
    }

    private void showState() {
        var chosen = selected().map(Purchases.Owned::licence).orElse(-1L);
        long downloading = purchases.downloading().orElse(-1);
        rows.show(purchases.owned().stream().map(work -> Row.of(work, downloading, purchases.percent())).toList());
        for (int i = 0; i < purchases.owned().size(); i++) {
            if (purchases.owned().get(i).licence() == chosen) {
                table.getSelectionModel().setSelectionInterval(i, i);
            }
        }
        summary.setText(purchases.summary());
        var busy = purchases.downloading().isPresent();
        var owned = selected();
        unlock.setVisible(account.hasKey() && !account.unlocked());
        download.setEnabled(!busy && account.unlocked() && account.status() == Account.Status.SIGNED_IN
                && owned.filter(o -> !o.downloaded() && !o.refunded()).isPresent());
        cancel.setEnabled(busy);
        play.setEnabled(owned.filter(Purchases.Owned::downloaded).isPresent());
        addToList.setEnabled(owned.isPresent());
        progress.setVisible(busy);
        progress.setIndeterminate(busy && purchases.percent() < 0);
        progress.setValue(Math.max(0, purchases.percent()));
        progress.setString(purchases.progressText());
    }

    /** A purchase as its row shows it: the work and how far it is on this player. */
    private record Row(Purchases.Owned work, String onThisPlayer) {

        static Row of(Purchases.Owned work, long downloading, int percent) {
            return new Row(work, work.refunded() ? "Refunded" : work.licence() == downloading
                    ? "Downloading" + (percent >= 0 ? " " + percent + " %" : "…")
                    : work.downloaded() ? "Yes" : "Not downloaded");
        }
    }
}
