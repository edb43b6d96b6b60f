package org.reliefdesk.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BytesTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE, Long.MAX_VALUE})
    void varintSizeIsWhatVarintWrites(long value) {
        Bytes b = new Bytes(1);
        b.varint(value);
        assertThat(Bytes.varintSize(value)).isEqualTo(b.size());
        assertThat(new Bytes.Reader(b.toArray()).varint()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void exactBufferHandsOverAFullBufferAndCopiesAnyOther(int capacity) {
        Bytes b = new Bytes(capacity);
        b.raw(1);
        b.raw(2);
        b.raw(3);
        byte[] out = b.exactBuffer();
        assertThat(out).containsExactly(1, 2, 3);
        assertThat(out == b.exactBuffer()).isEqualTo(capacity == 3);
    }
}
