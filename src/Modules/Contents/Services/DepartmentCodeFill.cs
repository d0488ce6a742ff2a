using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Items saved before a type had its department field know only the department's name: at start-up, the
/// latest and published versions of such items get the code of the department of that name (Japanese or
/// English) in place, as a data fix rather than an edit. Items that have a code are never touched again, so
/// every start after the first finds nothing to do; a name no department has stays without a code.
/// </summary>
internal sealed class DepartmentCodeFill(
    ContentsDbContext db, IContentDefinitionStore definitions, DepartmentFields departments, ContentCache cache, TimeProvider clock, ILogger<DepartmentCodeFill> logger) : IStartupTask
{
    public int Order => 600;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var type in await definitions.GetTypesAsync(cancellationToken))
        {
            foreach (var field in DepartmentFields.Of(type).Where(f => f.NameField is not null))
            {
                await FillAsync(type.Name, field.Name, field.NameField!, cancellationToken);
            }
        }
    }

    private async Task FillAsync(string typeName, string codeField, string nameField, CancellationToken cancellationToken)
    {
        // Only versions without a code are read (fields are compact JSON: a code is "field":"X…", an empty one "field":""),
        // so a start after the fill reads next to nothing.
        var marker = $"\"{codeField}\":\"";
        var versions = await (from i in db.Items
                              join v in db.Versions on i.ContentItemId equals v.ContentItemId
                              where i.ContentType == typeName && (v.Number == i.LatestVersion || v.Number == i.PublishedVersion)
                                  && (!v.FieldsJson.Contains(marker) || v.FieldsJson.Contains(marker + "\""))
                              select v).ToListAsync(cancellationToken);
        var filled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            var fields = ContentJson.ParseFields(version.FieldsJson);
            if (fields.GetText(codeField) is { Length: > 0 } || await departments.CodeOfNameAsync(fields.GetText(nameField), cancellationToken) is not { } code)
            {
                continue;
            }

            fields[codeField] = ContentJson.Element(code);
            version.FieldsJson = ContentJson.Serialize(fields);
            filled.Add(version.ContentItemId);
        }

        if (filled.Count == 0)
        {
            return;
        }

        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        foreach (var id in filled)
        {
            await IndexingTaskWriter.AppendAsync(db, id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        await cache.EvictAsync(cancellationToken);

        logger.LogInformation("Gave {Count} {Type} items the department code of their department's name", filled.Count, typeName);
    }
}
