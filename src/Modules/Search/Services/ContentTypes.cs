using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>The effective content types (with editors' extra fields) by name.</summary>
internal static class ContentTypes
{
    public static async Task<IReadOnlyDictionary<string, ContentTypeDefinition>> GetAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var types = await services.GetRequiredService<IContentDefinitionStore>().GetTypesAsync(cancellationToken);
        return types.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
