package io.backbeat.player.swing;

import io.backbeat.player.model.Account;
import io.backbeat.player.viewcontroller.AccountController;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Arrays;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Sign in and out, the points balance with a way to buy more (the store's HTTPS page in the browser), and this
 * player's registration: register it with a key made here, or import the personalised player made on the site.
 */
final class AccountPanel extends JPanel {

    private static final int SHORTEST_PASSPHRASE = 8;

    private final AccountController controller;
    private final Account account;
    private final JTextField email = new JTextField(24);
    private final JPasswordField password = new JPasswordField(24);
    private final JButton signIn = new JButton("Sign In");
    private final JButton signOut = new JButton("Sign Out");
    private final JLabel who = new JLabel();
    private final JLabel points = new JLabel();
    private final JButton buyPoints = new JButton("Buy Points…");
    private final JButton refresh = new JButton("Refresh");
    private final JTextArea registration = new JTextArea(3, 40);
    private final JButton register = new JButton("Register This Player…");
    private final JButton importPlayer = new JButton("Import Personalised Player…");

    AccountPanel(AccountController controller) {
        super(new GridBagLayout());
        this.controller = controller;
        account = controller.account();
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        email.setName("email");
        email.setText(controller.rememberedEmail());
        password.setName("password");
        signIn.setName("signIn");
        signOut.setName("signOut");
        who.setName("accountWho");
        points.setName("points");
        buyPoints.setName("buyPoints");
        registration.setName("registration");
        register.setName("register");
        importPlayer.setName("importPlayer");
        registration.setEditable(false);
        registration.setLineWrap(true);
        registration.setWrapStyleWord(true);
        registration.setOpaque(false);
        registration.setFont(UIManager.getFont("Label.font"));

        signIn.addActionListener(e -> signIn());
        password.addActionListener(e -> signIn());
        signOut.addActionListener(e -> controller.signOut());
        refresh.addActionListener(e -> controller.refresh());
        buyPoints.addActionListener(e -> controller.buyPoints());
        buyPoints.setToolTipText(controller.pointsPage().toString());
        register.addActionListener(e -> askToRegister());
        importPlayer.addActionListener(e -> askToImport());

        var row = 0;
        add(heading("Account"), at(0, row++, 3));
        add(new JLabel("E-mail"), at(0, row, 1));
        add(email, at(1, row++, 1));
        add(new JLabel("Password"), at(0, row, 1));
        add(password, at(1, row, 1));
        add(signIn, at(2, row++, 1));
        add(who, at(0, row, 2));
        add(signOut, at(2, row++, 1));
        add(heading("Points"), at(0, row++, 3));
        add(points, at(0, row, 1));
        var pointButtons = new JPanel();
        pointButtons.add(buyPoints);
        pointButtons.add(refresh);
        add(pointButtons, at(1, row++, 2));
        add(heading("This player"), at(0, row++, 3));
        add(registration, at(0, row++, 3));
        var playerButtons = new JPanel();
        playerButtons.add(register);
        playerButtons.add(importPlayer);
        add(playerButtons, at(0, row++, 3));
        var filler = at(0, row, 3);
        filler.weighty = 1;
        add(new JLabel(), filler);

        account.addChangeListener(this::showState);
        showState();
    }

    private void signIn() {
        controller.signIn(email.getText(), new String(password.getPassword()));
        password.setText("");
    }

    private void askToRegister() {
        var name = FocusOnShow.on(new JTextField(hostName(), 24));
        var passphrase = new JPasswordField(24);
        var repeat = new JPasswordField(24);
        var form = new JPanel(new GridBagLayout());
        var intro = account.registration() == Account.Registration.REVOKED
                ? "This player gets a new key. Purchases downloaded with the old one must be downloaded again."
                : "The player makes its own key pair and keeps the secret half here, locked by the passphrase.";
        form.add(new JLabel(intro), at(0, 0, 2));
        form.add(new JLabel("Name of this player"), at(0, 1, 1));
        form.add(name, at(1, 1, 1));
        form.add(new JLabel("Passphrase"), at(0, 2, 1));
        form.add(passphrase, at(1, 2, 1));
        form.add(new JLabel("Passphrase again"), at(0, 3, 1));
        form.add(repeat, at(1, 3, 1));
        while (JOptionPane.showConfirmDialog(this, form, "Register This Player", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            var typed = passphrase.getPassword();
            if (!Arrays.equals(typed, repeat.getPassword())) {
                JOptionPane.showMessageDialog(this, "The two passphrases differ. Type the same one twice.",
                        "Register This Player", JOptionPane.WARNING_MESSAGE);
            } else if (typed.length < SHORTEST_PASSPHRASE) {
                JOptionPane.showMessageDialog(this, "Choose a passphrase of at least " + SHORTEST_PASSPHRASE
                        + " characters.", "Register This Player", JOptionPane.WARNING_MESSAGE);
            } else {
                controller.register(name.getText(), typed);
                return;
            }
        }
    }

    private void askToImport() {
        var chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("Personalised player (zip)", "zip"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        var passphrase = FocusOnShow.on(new JPasswordField(24));
        var form = new JPanel(new GridBagLayout());
        form.add(new JLabel("The passphrase you chose on the site for this player:"), at(0, 0, 1));
        form.add(passphrase, at(0, 1, 1));
        if (JOptionPane.showConfirmDialog(this, form, "Import Personalised Player", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            controller.importPersonalised(chooser.getSelectedFile().toPath(), passphrase.getPassword());
        }
    }

    private void showState() {
        var status = account.status();
        var signedIn = status == Account.Status.SIGNED_IN;
        email.setEnabled(status == Account.Status.SIGNED_OUT);
        password.setEnabled(status == Account.Status.SIGNED_OUT);
        signIn.setEnabled(status == Account.Status.SIGNED_OUT);
        signOut.setEnabled(signedIn);
        who.setText(account.who());
        points.setText(signedIn ? account.pointsText() : "Sign in to see your points");
        buyPoints.setEnabled(signedIn);
        refresh.setEnabled(signedIn);
        registration.setText(account.busy() ? "Working…" : account.registrationText());
        register.setEnabled(signedIn && !account.busy() && account.registration() != Account.Registration.ACTIVE);
        importPlayer.setEnabled(!account.busy());
    }

    private static JLabel heading(String text) {
        var label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h3");
        return label;
    }

    private static GridBagConstraints at(int x, int y, int width) {
        var constraints = new GridBagConstraints();
        constraints.gridx = x;
        constraints.gridy = y;
        constraints.gridwidth = width;
        constraints.anchor = GridBagConstraints.LINE_START;
        constraints.fill = GridBagConstraints.HORIZONTAL;
        constraints.weightx = x == 1 ? 1 : 0;
        constraints.insets = new Insets(4, 4, 4, 4);
        return constraints;
    }

    /** A default name for this player; the computer's host name would need a network lookup on this thread. */
    private static String hostName() {
        var host = System.getenv("HOSTNAME");
        return host != null && !host.isBlank() ? host : System.getProperty("user.name") + "'s computer";
    }
}
