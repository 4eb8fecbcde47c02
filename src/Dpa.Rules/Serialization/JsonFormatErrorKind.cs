namespace Dpa.Rules.Serialization;

/// <summary>What is wrong with a JSON document that a reader of this library rejected; <see cref="JsonFormatException.Arguments"/>
/// holds the details each kind names.</summary>
/// <remarks><para>Kinds are stable data for tools that sort or translate errors; <see cref="JsonFormatException.Reason"/> is the
/// same error in English. Arguments quote property names, ids and the expected form, never text values of the document.</para></remarks>
public enum JsonFormatErrorKind
{
    /// <summary>The exception was made from a reason text alone, not by a reader of this library; no arguments.</summary>
    Unspecified = 0,

    /// <summary>The document is over the size limit; arguments: the limit in MiB.</summary>
    DocumentTooLarge,

    /// <summary>The document has nothing but white space; no arguments.</summary>
    Empty,

    /// <summary>The document is JSON but not one object; no arguments.</summary>
    NotAnObject,

    /// <summary>A string holds bytes that are not UTF-8; no arguments.</summary>
    InvalidUtf8,

    /// <summary>A .NET string holds an unpaired UTF-16 surrogate, which UTF-8 cannot hold; no arguments.</summary>
    UnpairedSurrogate,

    /// <summary>A string has an escape sequence that is not JSON or stands for a lone surrogate; no arguments.</summary>
    InvalidEscape,

    /// <summary>The bytes are not JSON; arguments: what was found, as <c>U+0078</c> for a character or <c>0xFF</c> for a byte
    /// that is not UTF-8, then <c>string</c> when it is a control character inside a string.</summary>
    Malformed,

    /// <summary>The document has a comment, which JSON does not allow; no arguments.</summary>
    CommentNotAllowed,

    /// <summary>A comma follows the last member of an object or the last element of an array; no arguments.</summary>
    TrailingComma,

    /// <summary>The document ends inside an object, array or string; no arguments.</summary>
    Truncated,

    /// <summary>Something other than white space follows the document's object; no arguments.</summary>
    TrailingContent,

    /// <summary>Objects and arrays are nested too deep; arguments: the limit of levels.</summary>
    TooDeep,

    /// <summary>A string or property name is over the size limit; arguments: the limit in KiB.</summary>
    StringTooLong,

    /// <summary>An object names a property twice; arguments: the property name.</summary>
    DuplicateProperty,

    /// <summary>An object has a property its type does not have; arguments: the property name, then the names allowed when the list is short.</summary>
    UnknownProperty,

    /// <summary>A property name that must be a key of a given form is not; arguments: the name, the expected form (see
    /// <see cref="WrongType"/>), then the names allowed when the list is short.</summary>
    InvalidPropertyName,

    /// <summary>Required properties are missing; arguments: their names.</summary>
    MissingProperty,

    /// <summary>A required property or an array element is <c>null</c>; arguments: the property name, or none for an element.</summary>
    NullNotAllowed,

    /// <summary>An optional property is <c>null</c> where the format wants it left out; arguments: the property name.</summary>
    NullInsteadOfOmitted,

    /// <summary>A value has the wrong JSON type; arguments: the expected form (such as <c>boolean</c>, <c>integer</c>, <c>string</c>,
    /// <c>object</c>, <c>array</c>, <c>text</c>, <c>date</c>, <c>period</c>), then the property name when the reason names it.</summary>
    WrongType,

    /// <summary>A value has the right JSON type but is not a value of its form; arguments: the form as for <see cref="WrongType"/>,
    /// then details (for a date out of range: year, month and day).</summary>
    InvalidValue,

    /// <summary>A name is not one of a fixed set (an enum); arguments: the names allowed.</summary>
    NotOneOf,

    /// <summary>The document's format version is not the one this library reads; arguments: the version found, the name of the
    /// version property and the version supported.</summary>
    UnsupportedVersion,

    /// <summary>The values break a rule of the model; arguments: the model's explanation.</summary>
    ModelRule,
}
