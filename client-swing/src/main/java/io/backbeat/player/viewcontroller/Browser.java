package io.backbeat.player.viewcontroller;

import java.io.IOException;
import java.net.URI;

/** Opens a web page in the user's browser (the Swing view passes the desktop's). */
@FunctionalInterface
public interface Browser {

    void open(URI page) throws IOException;
}
