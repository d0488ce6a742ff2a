using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// Recipe step "partnership": <c>{ "name": "partnership", "files": ["partnership/agreements.json"] }</c>. Each agreement of
/// the files (checked by the rules of the edit form) is added once, by its stable <c>key</c>, with its status and its public
/// item; an agreement seeded before is left as staff edited it.
/// </summary>
internal sealed class PartnershipRecipeStep(PartnershipDbContext db, AgreementStore store, IUserDirectory directory, TimeProvider clock) : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public string Name => "partnership";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var departments = await directory.DepartmentsAsync(cancellationToken);
        foreach (var file in context.Step.GetProperty("files").EnumerateArray())
        {
            var seeds = JsonSerializer.Deserialize<List<AgreementSeed>>(context.ReadFile(file.GetString()!), Json)
                ?? throw new InvalidOperationException($"Agreement file '{file}' is empty.");
            foreach (var seed in seeds)
            {
                if (await db.Agreements.AnyAsync(a => a.SeedKey == seed.Key, cancellationToken))
                {
                    continue;
                }

                var (valid, errors) = AgreementValidator.Validate(seed.Form, departments, null);
                if (valid is null)
                {
                    throw new InvalidOperationException($"Agreement '{seed.Key}' in the recipe is not valid: {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Message}"))}");
                }

                var now = clock.GetUtcNow().UtcDateTime;
                var agreement = new Agreement { SeedKey = seed.Key, Status = seed.Status, CreatedUtc = now, StatusChangedUtc = now, CaseStudyContentId = seed.CaseStudyId };
                valid.ApplyTo(agreement);
                db.Agreements.Add(agreement);
                if (await store.SaveAsync(agreement, null, cancellationToken) is { } refused)
                {
                    throw new InvalidOperationException($"The public item of agreement '{seed.Key}' was refused: {refused}");
                }
            }
        }
    }

    private sealed record AgreementSeed(string Key, AgreementStatus Status, string? CaseStudyId, AgreementForm Form);
}
