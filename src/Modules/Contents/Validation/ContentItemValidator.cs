using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Validation;

/// <summary>
/// Everything that must hold before a version is saved: title, slug (form, reserved paths, uniqueness per
/// type and culture), the fields (<see cref="ContentValidator"/>), departments active in the directory, and that
/// references and media exist.
/// </summary>
internal sealed class ContentItemValidator(
    ContentsDbContext db, IContentDefinitionStore definitions, IModuleCapability<IMediaLibrary> mediaLibrary, DepartmentFields departments)
{
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(
        ContentTypeDefinition type, string culture, string? contentItemId, ContentEdit edit, bool checkExistence, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(edit.Title))
        {
            errors.Add(new("Title", T("タイトルを入力してください。", "Enter a title.")));
        }
        else if (edit.Title.Length > ContentValidator.TitleMaxLength)
        {
            errors.Add(new("Title", T($"タイトルは{ContentValidator.TitleMaxLength}文字以内で入力してください。", $"Keep the title within {ContentValidator.TitleMaxLength} characters.")));
        }

        if (await ValidateSlugAsync(type, culture, contentItemId, edit.Slug, cancellationToken) is { } slugError)
        {
            errors.Add(new("Slug", slugError));
        }

        errors.AddRange(ContentValidator.Validate(type, edit.Fields));
        await departments.ValidateAsync(type, edit.Fields, errors, cancellationToken);
        if (checkExistence)
        {
            await CheckExistenceAsync(type, edit.Fields, errors, cancellationToken);
        }

        return errors;
    }

    public async Task<string?> ValidateSlugAsync(ContentTypeDefinition type, string culture, string? contentItemId, string slug, CancellationToken cancellationToken)
    {
        if (!SlugRules.IsWellFormed(slug))
        {
            return T("URL名は文字（日本語可）・数字・ハイフンで、200文字以内で入力してください。", "Use letters (Japanese allowed), digits and hyphens for the URL name, up to 200 characters.");
        }

        if (type.RoutePrefix.Length == 0)
        {
            var prefixes = (await definitions.GetTypesAsync(cancellationToken)).Select(t => t.RoutePrefix).Where(p => p.Length > 0);
            if (!SlugRules.IsAllowedAtRoot(slug, prefixes))
            {
                return T($"「{slug}」はサイトで使われているため、URL名にできません。", $"\"{slug}\" is used by the site and cannot be a URL name.");
            }
        }

        var taken = await db.Items.AnyAsync(i => i.ContentType == type.Name && i.Culture == culture && i.Slug == slug && i.ContentItemId != contentItemId, cancellationToken)
            || await (from i in db.Items
                      join v in db.Versions on new { Id = i.ContentItemId, Number = i.PublishedVersion } equals new { Id = v.ContentItemId, Number = (int?)v.Number }
                      where i.ContentType == type.Name && i.Culture == culture && v.Slug == slug && i.ContentItemId != contentItemId
                      select i.ContentItemId).AnyAsync(cancellationToken);
        return taken ? T("この種類・言語では、このURL名は既に使われています。", "This URL name is already used for this type and language.") : null;
    }

    private async Task CheckExistenceAsync(ContentTypeDefinition type, IReadOnlyDictionary<string, JsonElement> fields, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var media = mediaLibrary.Value;
        foreach (var (key, field, value) in References(type, fields))
        {
            if (errors.Any(e => e.Key == key))
            {
                continue;
            }

            if (field.Kind == ContentFieldKind.Reference)
            {
                var exists = await db.Items.AnyAsync(i => i.ContentItemId == value && (field.ReferenceType == null || i.ContentType == field.ReferenceType), cancellationToken);
                if (!exists)
                {
                    errors.Add(new(key, T($"「{field.Label.Ja}」で選んだコンテンツが見つかりません。", $"The item chosen for \"{field.Label.En}\" was not found.")));
                }
            }
            else if (media is not null && await media.GetAsync(value, cancellationToken) is null)
            {
                errors.Add(new(key, T($"「{field.Label.Ja}」で選んだファイルがメディアライブラリにありません。", $"The file chosen for \"{field.Label.En}\" is not in the media library.")));
            }
        }
    }

    private static IEnumerable<(string Key, ContentFieldDefinition Field, string Value)> References(ContentTypeDefinition type, IReadOnlyDictionary<string, JsonElement> fields)
    {
        foreach (var field in type.Fields)
        {
            if (field.Kind is ContentFieldKind.Reference or ContentFieldKind.Media && fields.GetText(field.Name) is { Length: > 0 } value)
            {
                yield return ("Fields." + field.Name, field, value);
            }
            else if (field.Kind == ContentFieldKind.Group)
            {
                var rows = fields.GetGroup(field.Name);
                for (var i = 0; i < rows.Count; i++)
                {
                    foreach (var sub in field.Fields.Where(s => s.Kind is ContentFieldKind.Reference or ContentFieldKind.Media))
                    {
                        if (rows[i].GetText(sub.Name) is { Length: > 0 } subValue)
                        {
                            yield return ($"Fields.{field.Name}[{i}].{sub.Name}", sub, subValue);
                        }
                    }
                }
            }
        }
    }
}
