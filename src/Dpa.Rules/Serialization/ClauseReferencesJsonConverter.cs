using System.Collections.Immutable;
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
    public override ClauseReferences Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Clauses);
        }

        var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, ImmutableArray<string>>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.GetString()!;
            var segment = JsonPaths.Member(member);
            if (member != ClauseReferences.WholeObject && !members.Contains(member))
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.UnknownProperty, [member, ClauseReferences.WholeObject, .. members], segment);
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.WrongType, [JsonExpected.ClauseList], segment);
            }

            var clauses = ImmutableArray.CreateBuilder<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { } clause || string.IsNullOrWhiteSpace(clause))
                {
                    throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, [JsonExpected.Clause], segment + JsonPaths.Index(clauses.Count));
                }

                clauses.Add(clause);
            }

            if (clauses.Count == 0)
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, [JsonExpected.ClauseList], segment);
            }

            entries.Add(new(member, clauses.ToImmutable()));
        }

        // Duplicate keys are refused by the reader itself (AllowDuplicateProperties is off).
        return ClauseReferences.Create(entries.ToImmutable());
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
