// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <type_traits>

// A short list of plain values, kept in place up to N of them and on the heap
// beyond. Unlike QVarLengthArray it holds no pointer into itself, so an object
// made of them can be moved in memory as bytes: a QList of a hundred thousand
// checks then grows by realloc, in place, instead of by a copy beside itself.
template <typename T, qsizetype N>
class SmallArray
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "SmallArray copies its values as bytes");
    static_assert(N > 0);

public:
    SmallArray() noexcept = default;
    SmallArray(std::initializer_list<T> values) { assign(values.begin(), qsizetype(values.size())); }
    template <typename It, typename = typename std::iterator_traits<It>::iterator_category>
    SmallArray(It first, It last)
    {
        reserve(qsizetype(std::distance(first, last)));
        for (; first != last; ++first)
            append(*first);
    }
    SmallArray(const SmallArray &other) { assign(other.data(), other.size()); }
    SmallArray(SmallArray &&other) noexcept { take(other); }
    SmallArray &operator=(const SmallArray &other)
    {
        if (this != &other) {
            m_size = 0;
            assign(other.data(), other.size());
        }
        return *this;
    }
    SmallArray &operator=(SmallArray &&other) noexcept
    {
        if (this != &other) {
            release();
            take(other);
        }
        return *this;
    }
    ~SmallArray() { release(); }

    qsizetype size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    const T *data() const noexcept
    {
        return onHeap() ? m_storage.heap : reinterpret_cast<const T *>(m_storage.values);
    }
    T *data() noexcept { return onHeap() ? m_storage.heap : reinterpret_cast<T *>(m_storage.values); }
    const T &operator[](qsizetype i) const { Q_ASSERT(i >= 0 && i < m_size); return data()[i]; }
    T &operator[](qsizetype i) { Q_ASSERT(i >= 0 && i < m_size); return data()[i]; }
    const T &first() const { return (*this)[0]; }
    const T &last() const { return (*this)[m_size - 1]; }
    const T *begin() const noexcept { return data(); }
    const T *end() const noexcept { return data() + m_size; }
    const T *cbegin() const noexcept { return begin(); }
    const T *cend() const noexcept { return end(); }
    T *begin() noexcept { return data(); }
    T *end() noexcept { return data() + m_size; }

    void reserve(qsizetype capacity)
    {
        if (capacity <= qsizetype(m_capacity))
            return;
        Q_ASSERT(capacity <= qsizetype(UINT32_MAX));
        void *grown = onHeap() ? std::realloc(m_storage.heap, std::size_t(capacity) * sizeof(T))
                               : std::malloc(std::size_t(capacity) * sizeof(T));
        if (!grown)
            qBadAlloc();
        if (!onHeap())
            std::memcpy(grown, m_storage.values, std::size_t(m_size) * sizeof(T));
        m_storage.heap = static_cast<T *>(grown);
        m_capacity = quint32(capacity);
    }
    void append(const T &value)
    {
        if (m_size == m_capacity)
            reserve(std::max<qsizetype>(2 * qsizetype(m_capacity), 4));
        std::memcpy(static_cast<void *>(data() + m_size), &value, sizeof(T));
        ++m_size;
    }
    SmallArray &operator<<(const T &value)
    {
        append(value);
        return *this;
    }

private:
    bool onHeap() const noexcept { return m_capacity > quint32(N); }
    void assign(const T *values, qsizetype count)
    {
        reserve(count);
        if (count > 0)
            std::memcpy(static_cast<void *>(data()), values, std::size_t(count) * sizeof(T));
        m_size = quint32(count);
    }
    void take(SmallArray &other) noexcept
    {
        m_storage = other.m_storage;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = quint32(N);
    }
    void release() noexcept
    {
        if (onHeap())
            std::free(m_storage.heap);
        m_size = 0;
        m_capacity = quint32(N);
    }

    union Storage {
        alignas(T) std::byte values[N * sizeof(T)];
        T *heap;
    };
    Storage m_storage {};
    quint32 m_size = 0;
    quint32 m_capacity = quint32(N); // more than N: the values are on the heap
};
