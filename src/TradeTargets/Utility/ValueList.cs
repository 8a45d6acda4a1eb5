using System.Collections;
using System.Runtime.CompilerServices;

namespace TradeTargets;

/// <summary>An immutable list compared by its items, so records holding lists keep value equality.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <example><code>ValueList&lt;string&gt; caveats = ["first", "second"];</code></example>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    /// <summary>Copies the items into a new list.</summary>
    /// <param name="items">The items, in order.</param>
    public ValueList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Whether both lists hold equal items in the same order.</summary>
    /// <param name="other">Another list.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ValueList<T>? other) => other is not null && items.SequenceEqual(other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

/// <summary>Builds <see cref="ValueList{T}"/> from collection expressions (<c>ValueList&lt;int&gt; xs = [1, 2, 3];</c>).</summary>
public static class ValueList
{
    /// <summary>Copies the items into a new list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}
