using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Migrations;

/// <summary>Typed content items with versions, the indexing-task table and editor-added fields; pages become items.</summary>
[DbContext(typeof(ContentsDbContext))]
[Migration("202612010000_ContentItemsSchema")]
internal sealed class ContentItemsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.DropTable("Contents_Pages");

        mb.CreateTable("Contents_Items", t => new
        {
            ContentItemId = t.Column<string>(maxLength: 100, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Culture = t.Column<string>(maxLength: 10, nullable: false),
            TranslationGroupId = t.Column<string>(maxLength: 100, nullable: false),
            Slug = t.Column<string>(maxLength: 200, nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            OwnerId = t.Column<string>(maxLength: 100, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
            LatestVersion = t.Column<int>(nullable: false),
            PublishedVersion = t.Column<int>(nullable: true),
            FirstPublishedUtc = t.Column<DateTime>(nullable: true),
            PublishAtUtc = t.Column<DateTime>(nullable: true),
            ExpireAtUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Contents_Items", x => x.ContentItemId));
        mb.CreateIndex("IX_Contents_Items_ContentType_Culture_Slug", "Contents_Items", ["ContentType", "Culture", "Slug"], unique: true);
        mb.CreateIndex("IX_Contents_Items_TranslationGroupId", "Contents_Items", "TranslationGroupId");
        mb.CreateIndex("IX_Contents_Items_PublishAtUtc", "Contents_Items", "PublishAtUtc");
        mb.CreateIndex("IX_Contents_Items_ExpireAtUtc", "Contents_Items", "ExpireAtUtc");

        mb.CreateTable("Contents_Versions", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ContentItemId = t.Column<string>(maxLength: 100, nullable: false),
            Number = t.Column<int>(nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            Slug = t.Column<string>(maxLength: 200, nullable: false),
            FieldsJson = t.Column<string>(nullable: false),
            HtmlJson = t.Column<string>(nullable: false),
            Status = t.Column<int>(nullable: false),
            AuthorId = t.Column<string>(maxLength: 100, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Contents_Versions", x => x.Id);
            t.ForeignKey("FK_Contents_Versions_Contents_Items_ContentItemId", x => x.ContentItemId, "Contents_Items", "ContentItemId", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Contents_Versions_ContentItemId_Number", "Contents_Versions", ["ContentItemId", "Number"], unique: true);

        mb.CreateTable("Contents_IndexingTasks", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ContentItemId = t.Column<string>(maxLength: 100, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Contents_IndexingTasks", x => x.Id));

        mb.CreateTable("Contents_TypeFields", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Name = t.Column<string>(maxLength: 64, nullable: false),
            LabelJa = t.Column<string>(maxLength: 200, nullable: false),
            LabelEn = t.Column<string>(maxLength: 200, nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Required = t.Column<bool>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Contents_TypeFields", x => x.Id));
        mb.CreateIndex("IX_Contents_TypeFields_ContentType_Name", "Contents_TypeFields", ["ContentType", "Name"], unique: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Contents_TypeFields");
        mb.DropTable("Contents_IndexingTasks");
        mb.DropTable("Contents_Versions");
        mb.DropTable("Contents_Items");
        mb.CreateTable("Contents_Pages", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Slug = t.Column<string>(maxLength: 200, nullable: false),
            Culture = t.Column<string>(maxLength: 10, nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            Summary = t.Column<string>(maxLength: 500, nullable: false),
            BodyMarkdown = t.Column<string>(nullable: false),
            BodyHtml = t.Column<string>(nullable: false),
            IsPublished = t.Column<bool>(nullable: false),
            MenuOrder = t.Column<int>(nullable: true),
            OwnerId = t.Column<string>(maxLength: 100, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Contents_Pages", x => x.Id));
        mb.CreateIndex("IX_Contents_Pages_Slug_Culture", "Contents_Pages", ["Slug", "Culture"], unique: true);
    }
}
