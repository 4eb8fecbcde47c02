using System.Collections.Immutable;
using System.Reflection;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>Guards the one trap of source generation: init-only members with non-empty defaults.</summary>
/// <remarks>
/// Source-generated metadata builds a record with init-only members through one object initializer that assigns every member,
/// so an omitted member gets <c>default</c> instead of the model's default (a section would become <c>null</c>, the zone
/// <c>null</c>). The types with such defaults are read by a <c>SectionJsonConverter</c>; a model type that gains one must get
/// a converter too, and this test says which.
/// </remarks>
public sealed class SourceGenerationGuardTests
{
    [Fact]
    public void TypesWithNonEmptyDefaults_AreExactlyTheOnesWithASectionConverter()
    {
        var withDefaults = typeof(ProcessingAgreement).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && t.Namespace == typeof(ProcessingAgreement).Namespace && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(HasNonEmptyDefault)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        var withConverter = AgreementJsonOptions.Reading.Converters
            .Select(c => c.GetType().BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(SectionJsonConverter<>))
            .Select(b => b!.GetGenericArguments()[0].Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(withConverter, withDefaults);
    }

    private static bool HasNonEmptyDefault(Type type)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
            {
                continue;
            }

            var value = property.GetValue(instance);
            var empty = property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
            if (!Equals(value, empty))
            {
                return true;
            }
        }

        return false;
    }
}
