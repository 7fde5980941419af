package dev.lede.bench;

import java.util.List;

/** Hands out a list's items in turn, round and round: a benchmark's inputs. */
final class Cycle<T> {
    private final List<T> items;
    private int next = -1;

    Cycle(List<T> items) {
        this.items = List.copyOf(items);
    }

    T next() {
        next = next + 1 == items.size() ? 0 : next + 1;
        return items.get(next);
    }
}
