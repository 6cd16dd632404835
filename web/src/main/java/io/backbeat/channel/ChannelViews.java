package io.backbeat.channel;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Channels as the API shows them: what is stored, with what this server's broadcaster is playing now. */
@ApplicationScoped
public class ChannelViews {

    @EJB
    Channels channels;

    @Inject
    Broadcasts broadcasts;

    public List<ChannelView> all() {
        return channels.all().stream().map(this::view).toList();
    }

    public ChannelView one(String slug) {
        return view(channels.channel(slug));
    }

    public ChannelView view(ChannelInfo channel) {
        var live = broadcasts.live(ChannelStreamServlet.key(channel.slug()));
        return new ChannelView(channel.slug(), channel.title(), channel.genre(), channel.kind().name(),
                "/stream/channel/" + channel.slug(), live.map(Broadcaster::nowPlaying).orElse(null),
                live.map(Broadcaster::listeners).orElse(0));
    }
}
