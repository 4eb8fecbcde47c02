using System.Globalization;

namespace Dpa.Rules.Model;

/// <content>Fills the indices of a path inside arrays.</content>
internal static partial class AgreementPaths
{
    /// <summary>Replaces each <c>#</c> of <paramref name="template"/> with the next index: <c>$.a[#].b[#]</c> with 1, 2 is <c>$.a[1].b[2]</c>.</summary>
    /// <param name="template">A path of this class with one <c>#</c> per index.</param>
    /// <param name="indices">The indices, outermost first.</param>
    public static string Fill(string template, params ReadOnlySpan<int> indices)
    {
        var path = new System.Text.StringBuilder(template.Length + (indices.Length * 3));
        var next = 0;
        foreach (var c in template)
        {
            if (c == '#' && next < indices.Length)
            {
                path.Append(indices[next++].ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                path.Append(c);
            }
        }

        return path.ToString();
    }
}
