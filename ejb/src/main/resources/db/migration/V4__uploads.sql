-- What the pipeline makes of a checked master: the file that is sold (the master itself for MP3, the store's
-- high-quality MP3 of a WAV or FLAC master), the waveform picture and the cover art the tags carried.
ALTER TABLE work ADD COLUMN sold_content     CHAR(64);
ALTER TABLE work ADD COLUMN waveform_content CHAR(64);
ALTER TABLE work ADD COLUMN cover_content    CHAR(64);
ALTER TABLE work ADD COLUMN cover_type       VARCHAR(40);

-- One upload per work: the master as received and, once checked, its QA report. The same bytes cannot be
-- uploaded twice for one artist (a retried request, a double click), so a redelivery never makes a second work.
CREATE TABLE upload (
    work_id            BIGINT        PRIMARY KEY REFERENCES work (id),
    artist_id          BIGINT        NOT NULL REFERENCES artist (id),
    uploader_id        BIGINT        REFERENCES account (id),
    file_name          VARCHAR(255)  NOT NULL,
    master_content     CHAR(64)      NOT NULL,
    master_bytes       BIGINT        NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts    INTEGER       NOT NULL DEFAULT 0,
    last_error         VARCHAR(2000),
    checked_at         TIMESTAMP WITH TIME ZONE,
    qa_container       VARCHAR(20),
    qa_codec           VARCHAR(40),
    qa_sample_rate     INTEGER,
    qa_channels        INTEGER,
    qa_bits_per_sample INTEGER,
    qa_bit_rate        BIGINT,
    qa_seconds         DOUBLE PRECISION,
    qa_declared_seconds DOUBLE PRECISION,
    qa_frames          BIGINT,
    qa_decode_errors   BIGINT,
    qa_sync_losses     BIGINT,
    qa_stray_bytes     BIGINT,
    qa_truncated       BOOLEAN,
    qa_peak_dbfs       DOUBLE PRECISION,
    qa_true_peak_dbtp  DOUBLE PRECISION,
    qa_clipped_samples BIGINT,
    qa_leading_silence DOUBLE PRECISION,
    qa_trailing_silence DOUBLE PRECISION,
    qa_integrated_lufs DOUBLE PRECISION,
    qa_loudness_range  DOUBLE PRECISION,
    qa_tag_bytes       BIGINT,
    qa_cover_art       BOOLEAN,
    qa_messages        VARCHAR(4000),
    qa_rejection       VARCHAR(30),
    CONSTRAINT upload_master_once UNIQUE (artist_id, master_content)
);
CREATE INDEX upload_uploader ON upload (uploader_id, received_at);

CREATE TABLE upload_tag (
    work_id BIGINT       NOT NULL REFERENCES upload (work_id),
    tag_name  VARCHAR(100)  NOT NULL,
    tag_value VARCHAR(1000) NOT NULL,
    PRIMARY KEY (work_id, tag_name)
);
