using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Dpa.Rules.Utility;

/// <summary>An <see cref="ImmutableArray{T}"/> with structural equality, used as the backing field of model collections.</summary>
/// <remarks>
/// <para>A record compares an <see cref="ImmutableArray{T}"/> member by reference. Model records keep the public property
/// typed as <see cref="ImmutableArray{T}"/> but store it in this wrapper, so the record's synthesized equality compares
/// element by element. The default value is the empty array.</para>
/// </remarks>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>; a default array becomes empty and null elements are rejected.</summary>
    public EquatableArray(ImmutableArray<T> items, string paramName)
    {
        if (!items.IsDefault && default(T) is null)
        {
            for (var i = 0; i < items.Length; i++)
            {
                // Not CheckArgument: its message would be formatted for every element, even when nothing is wrong.
                if (items[i] is null)
                {
                    throw new ArgumentException($"Element {i} must not be null.", paramName);
                }
            }
        }

        _items = items.IsDefault ? ImmutableArray<T>.Empty : items;
    }

    /// <summary>Gets the elements; never a default array.</summary>
    public ImmutableArray<T> Items
    {
        // Inlined into every model read; the empty array of a member never set is fetched out of line, because reading a
        // generic static field from shared code kept this getter from being inlined at all.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items.IsDefault ? Empty() : _items;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ImmutableArray<T> Empty() => ImmutableArray<T>.Empty;

    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
