using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes the <c>clauses</c> of one object type: <c>{ "deadline": ["7.1"], "*": ["7"] }</c>, whose keys
/// are that type's members (as the format names them) or <c>"*"</c> for the whole object.</summary>
/// <remarks><para>One instance per owner type, made by <see cref="AgreementJsonOptions"/> from the owner's metadata, so that a
/// key that names no member of the object is an error like any unknown property.</para></remarks>
internal sealed class ClauseReferencesJsonConverter(ImmutableArray<string> members) : JsonConverter<ClauseReferences>
{
    // The members' names in UTF-8, compared with a name's bytes as read (comparing with a string transcodes it on every call).
    private readonly byte[][] _utf8Members = [.. members.Select(member => Encoding.UTF8.GetBytes(member))];

    // Reused per thread while one object's clauses are read: the model keeps only the exact-size arrays made from them.
    [ThreadStatic]
    private static string[]? t_clauses;

    [ThreadStatic]
    private static KeyValuePair<string, ImmutableArray<string>>[]? t_entries;

    public override ClauseReferences Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Clauses);
        }

        var entries = t_entries ??= new KeyValuePair<string, ImmutableArray<string>>[8];
        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = KnownMember(ref reader);
            for (var i = 0; i < count; i++)
            {
                if (ReferenceEquals(entries[i].Key, member))
                {
                    throw new JsonFormatFailure(JsonFormatErrorKind.DuplicateProperty, [member], JsonPaths.Member(member));
                }
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.WrongType, [JsonExpected.ClauseList], JsonPaths.Member(member));
            }

            if (count == entries.Length)
            {
                Array.Resize(ref entries, count * 2);
                t_entries = entries;
            }

            entries[count++] = new(member, ReadClauses(ref reader, member));
        }

        var result = ClauseReferences.FromChecked(ImmutableArray.Create(entries.AsSpan(0, count)));
        entries.AsSpan(0, count).Clear();
        return result;
    }

    // The member's name as the owner's metadata spells it (no new string for a known member), or an unknown-property error.
    private string KnownMember(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("*"u8))
        {
            return ClauseReferences.WholeObject;
        }

        // Unescaped names are compared as they are, without the reader's unescaping comparison.
        var escaped = reader.ValueIsEscaped || reader.HasValueSequence;
        for (var i = 0; i < _utf8Members.Length; i++)
        {
            if (escaped ? reader.ValueTextEquals(_utf8Members[i]) : reader.ValueSpan.SequenceEqual(_utf8Members[i]))
            {
                return members[i];
            }
        }

        var unknown = reader.GetString()!;
        throw new JsonFormatFailure(JsonFormatErrorKind.UnknownProperty, [unknown, ClauseReferences.WholeObject, .. members], JsonPaths.Member(unknown));
    }

    private static ImmutableArray<string> ReadClauses(ref Utf8JsonReader reader, string member)
    {
        var clauses = t_clauses ??= new string[8];
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { } clause || string.IsNullOrWhiteSpace(clause))
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, [JsonExpected.Clause], JsonPaths.Member(member) + JsonPaths.Index(count));
            }

            if (count == clauses.Length)
            {
                Array.Resize(ref clauses, count * 2);
                t_clauses = clauses;
            }

            clauses[count++] = clause;
        }

        if (count == 0)
        {
            throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, [JsonExpected.ClauseList], JsonPaths.Member(member));
        }

        var list = ImmutableArray.Create(clauses.AsSpan(0, count));
        clauses.AsSpan(0, count).Clear();
        return list;
    }

    public override void Write(Utf8JsonWriter writer, ClauseReferences value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (member, clauses) in value.Entries)
        {
            writer.WriteStartArray(member);
            foreach (var clause in clauses)
            {
                writer.WriteStringValue(clause);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
