using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Recipe step "forms": <c>{ "name": "forms", "files": ["forms/contact.json"] }</c>. Creates each form
/// that does not exist yet; an existing form (by name) is left exactly as staff edited it.
/// </summary>
internal sealed class FormsRecipeStep(FormsDbContext db, ISiteSettingsService settings, TimeProvider clock) : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public string Name => "forms";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in context.Step.GetProperty("files").EnumerateArray())
        {
            var seed = JsonSerializer.Deserialize<FormSeed>(context.ReadFile(file.GetString()!), Json)
                ?? throw new InvalidOperationException($"Form file '{file}' is empty.");
            if (await db.Definitions.AnyAsync(d => d.Name == seed.Name, cancellationToken))
            {
                continue;
            }

            var notify = seed.NotifyDesk && !string.IsNullOrWhiteSpace(site.Email) ? site.Email.Trim() : string.Empty;
            var form = new FormDefinition
            {
                Name = seed.Name,
                TitleJa = seed.TitleJa,
                TitleEn = seed.TitleEn,
                IntroJa = seed.IntroJa,
                IntroEn = seed.IntroEn,
                ThankYouJa = seed.ThankYouJa,
                ThankYouEn = seed.ThankYouEn,
                ConfirmationField = seed.ConfirmationField,
                NotifyEmails = string.Join("\n", new[] { notify }.Concat(seed.NotifyEmails).Where(e => e.Length > 0)),
                RetentionDays = seed.RetentionDays,
                IsOpen = seed.IsOpen,
                ReceiptPrefix = seed.ReceiptPrefix ?? FormDefinitionStore.PrefixFor(seed.Name),
                CreatedUtc = now,
                ModifiedUtc = now,
            };
            var problems = FormRules.CheckDefinition(form, seed.Fields);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Form '{seed.Name}' in the recipe is not valid: {string.Join("; ", problems.Values)}");
            }

            form.SetFields(seed.Fields);
            db.Definitions.Add(form);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed class FormSeed
    {
        public string Name { get; set; } = string.Empty;

        public string TitleJa { get; set; } = string.Empty;

        public string TitleEn { get; set; } = string.Empty;

        public string IntroJa { get; set; } = string.Empty;

        public string IntroEn { get; set; } = string.Empty;

        public string ThankYouJa { get; set; } = string.Empty;

        public string ThankYouEn { get; set; } = string.Empty;

        public string? ConfirmationField { get; set; }

        public bool NotifyDesk { get; set; }

        public List<string> NotifyEmails { get; set; } = [];

        public int RetentionDays { get; set; } = 365;

        public bool IsOpen { get; set; } = true;

        public string? ReceiptPrefix { get; set; }

        public List<FormField> Fields { get; set; } = [];
    }
}
