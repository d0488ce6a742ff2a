using System.Text.Json;
using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>A form editors define: texts in both languages, its fields (JSON), e-mails and retention.</summary>
internal sealed class FormDefinition : IAuditable
{
    public int Id { get; set; }

    /// <summary>The URL name: /forms/{name} (and /contact for "contact"). Never changes.</summary>
    public required string Name { get; set; }

    public string TitleJa { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    public string IntroJa { get; set; } = string.Empty;

    public string IntroEn { get; set; } = string.Empty;

    public string ThankYouJa { get; set; } = string.Empty;

    public string ThankYouEn { get; set; } = string.Empty;

    public string FieldsJson { get; set; } = "[]";

    /// <summary>The e-mail field whose address gets a confirmation; null for none.</summary>
    public string? ConfirmationField { get; set; }

    /// <summary>Addresses told of each submission, one per line.</summary>
    public string NotifyEmails { get; set; } = string.Empty;

    /// <summary>Submissions older than this are deleted by the retention job; 0 keeps them.</summary>
    public int RetentionDays { get; set; } = 365;

    public bool IsOpen { get; set; } = true;

    /// <summary>Upper-case letters that start the form's receipt numbers (e.g. C-20261128-0001).</summary>
    public string ReceiptPrefix { get; set; } = "F";

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleJa;

    public string Intro(bool english) => english && IntroEn.Length > 0 ? IntroEn : IntroJa;

    public string ThankYou(bool english) => english && ThankYouEn.Length > 0 ? ThankYouEn : ThankYouJa;

    public List<FormField> GetFields() => JsonSerializer.Deserialize<List<FormField>>(FieldsJson, FormJson.Options) ?? [];

    public void SetFields(IEnumerable<FormField> fields) => FieldsJson = JsonSerializer.Serialize(fields.ToList(), FormJson.Options);

    public IReadOnlyList<string> GetNotifyEmails() =>
        NotifyEmails.Split(['\n', '\r', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
