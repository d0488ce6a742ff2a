using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>A public list another module declares (<see cref="ContentPublicList"/>), with the type's effective definition.</summary>
internal sealed record DeclaredList(ContentTypeDefinition Type, ContentPublicList List)
{
    /// <summary>The list as the portal's list pages take it: filters the type can answer, at least one item a page.</summary>
    public PortalList ToPortalList() => new(
        Type.Name,
        List.Title,
        List.Intro,
        List.Filters.Where(f => f is ListFilter.Year or ListFilter.Tag || Type.Field(f) is not null).Distinct(StringComparer.Ordinal).ToList(),
        Math.Max(1, List.PageSize),
        List.MenuOrder);
}

/// <summary>
/// The types with a public list declared by the providers of enabled modules, in menu order. A type is left out
/// when its prefix is taken by a route of the site (<see cref="SitePaths"/>) or by a type listed before it, and
/// the portal's own types keep their own pages. Read once per request.
/// </summary>
internal sealed class DeclaredLists(
    IEnumerable<IContentTypeProvider> providers, IFeatureManager features, IContentDefinitionStore definitions, SitePaths paths)
{
    private IReadOnlyList<DeclaredList>? _lists;

    public async Task<IReadOnlyList<DeclaredList>> AllAsync(CancellationToken cancellationToken)
    {
        if (_lists is not null)
        {
            return _lists;
        }

        var declared = providers
            .Where(p => features.IsEnabled(p.GetType().Assembly))
            .SelectMany(p => p.GetTypes())
            .Where(t => t.PublicList is not null && !PortalContentTypes.All.Any(own => own.Name == t.Name))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        _lists = (await definitions.GetTypesAsync(cancellationToken))
            .Where(t => declared.Contains(t.Name) && t.PublicList is not null && paths.IsFree(t.RoutePrefix))
            .OrderBy(t => t.PublicList!.MenuOrder)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .Where(t => taken.Add(t.RoutePrefix))
            .Select(t => new DeclaredList(t, t.PublicList!))
            .ToList();
        return _lists;
    }

    public async Task<DeclaredList?> ForPrefixAsync(string prefix, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(l => l.Type.RoutePrefix == prefix);

    public async Task<DeclaredList?> ForTypeAsync(string type, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(l => l.Type.Name == type);
}
