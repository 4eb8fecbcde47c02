using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A piece of text the agreement states, or a recorded placeholder (<c>[NAAM]</c>, <c>&lt;bedrijfsnaam&gt;</c>, an empty form field).</summary>
/// <remarks>
/// <para>A template's placeholder is not the same as silence: a template is expected to carry placeholders, an executed
/// agreement must not (GDPR Art. 28(3), Art. 28(9)). A property that is <see langword="null"/> means the agreement does not
/// state the fact at all; a <see cref="TextValue"/> with <see cref="IsPlaceholder"/> means it has a blank to fill in.</para>
/// <para>In JSON a stated value is a string; a placeholder is <c>{ "placeholder": "[NAAM]" }</c>.</para>
/// </remarks>
public sealed record TextValue
{
    private TextValue(string text, bool isPlaceholder)
    {
        Text = text;
        IsPlaceholder = isPlaceholder;
    }

    /// <summary>Gets the text as written: the value, or the placeholder's own text (possibly empty for a blank field).</summary>
    public string Text { get; }

    /// <summary>Gets whether the text is a blank to fill in rather than a stated value.</summary>
    public bool IsPlaceholder { get; }

    /// <summary>Gets whether this is a stated (non-placeholder) value.</summary>
    public bool IsStated => !IsPlaceholder;

    /// <summary>Creates a stated value.</summary>
    /// <param name="text">The text; not empty or white space.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space, or holds an unpaired UTF-16 surrogate.</exception>
    public static TextValue Stated(string text) => new(CheckWellFormed(Preconditions.CheckNotBlank(text)), false);

    /// <summary>Creates a recorded placeholder, such as <c>[NAAM]</c> or an empty signature field (<c>""</c>).</summary>
    /// <param name="text">The placeholder as it appears in the document; may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds an unpaired UTF-16 surrogate.</exception>
    public static TextValue Placeholder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(CheckWellFormed(text), true);
    }

    /// <summary>Converts a string to a stated value.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator TextValue(string text) => Stated(text);

    /// <summary>Returns the text, marking placeholders as <c>placeholder:…</c>.</summary>
    public override string ToString() => IsPlaceholder ? $"placeholder:{Text}" : Text;

    // An unpaired surrogate is not a character: no UTF-8 file can hold it, so saving would silently turn it into U+FFFD.
    private static string CheckWellFormed(string text, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string paramName = "")
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                throw new ArgumentException("Text must not hold an unpaired UTF-16 surrogate: it is not a character and cannot be saved.", paramName);
            }
        }

        return text;
    }
}
