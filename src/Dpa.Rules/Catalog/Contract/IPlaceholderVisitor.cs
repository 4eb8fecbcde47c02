using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>Receives the placeholders <see cref="PlaceholderWalker"/> finds, each with its JSON path.</summary>
/// <remarks><para>Implemented by structs so that walking an agreement without placeholders allocates nothing.</para></remarks>
internal interface IPlaceholderVisitor
{
    /// <summary>Called for each placeholder, in document order.</summary>
    /// <param name="path">The JSON path of the placeholder, e.g. <c>$.parties.controllers[0].name</c>.</param>
    /// <param name="placeholder">The placeholder as recorded.</param>
    void Visit(string path, TextValue placeholder);
}
