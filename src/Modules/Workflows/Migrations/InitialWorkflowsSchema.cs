using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Workflows.Data;

namespace OpenCityAomori.Modules.Workflows.Migrations;

/// <summary>Definitions with versions, instances, waits (messages and timers), user tasks, history and received events.</summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("202612040000_InitialWorkflowsSchema")]
internal sealed class InitialWorkflowsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Workflows_Definitions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 100, nullable: false),
            TitleJa = t.Column<string>(maxLength: 200, nullable: false),
            TitleEn = t.Column<string>(maxLength: 200, nullable: false),
            LatestVersion = t.Column<int>(nullable: false),
            PublishedVersion = t.Column<int>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Workflows_Definitions", x => x.Id));
        mb.CreateIndex("IX_Workflows_Definitions_Name", "Workflows_Definitions", "Name", unique: true);

        mb.CreateTable("Workflows_DefinitionVersions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DefinitionId = t.Column<Guid>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Xml = t.Column<string>(nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            CreatedBy = t.Column<string>(maxLength: 256, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
            PublishedBy = t.Column<string>(maxLength: 256, nullable: true),
            PublishedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Workflows_DefinitionVersions", x => x.Id);
            t.ForeignKey("FK_Workflows_DefinitionVersions_Definitions", x => x.DefinitionId, "Workflows_Definitions", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Workflows_DefinitionVersions_DefinitionId_Version", "Workflows_DefinitionVersions", ["DefinitionId", "Version"], unique: true);
        mb.CreateIndex("IX_Workflows_DefinitionVersions_Status", "Workflows_DefinitionVersions", "Status");

        mb.CreateTable("Workflows_Instances", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DefinitionId = t.Column<Guid>(nullable: false),
            DefinitionVersionId = t.Column<Guid>(nullable: false),
            DefinitionName = t.Column<string>(maxLength: 100, nullable: false),
            DefinitionVersion = t.Column<int>(nullable: false),
            BusinessKey = t.Column<string>(maxLength: 200, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            VariablesJson = t.Column<string>(nullable: false),
            TokensJson = t.Column<string>(nullable: false),
            Error = t.Column<string>(nullable: true),
            FaultedElementId = t.Column<string>(maxLength: 200, nullable: true),
            RetryCount = t.Column<int>(nullable: false),
            NextAttemptUtc = t.Column<DateTime>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
            CompletedUtc = t.Column<DateTime>(nullable: true),
            Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Workflows_Instances", x => x.Id));
        mb.CreateIndex("IX_Workflows_Instances_BusinessKey", "Workflows_Instances", "BusinessKey");
        mb.CreateIndex("IX_Workflows_Instances_DefinitionId_Status", "Workflows_Instances", ["DefinitionId", "Status"]);
        mb.CreateIndex("IX_Workflows_Instances_Status_UpdatedUtc", "Workflows_Instances", ["Status", "UpdatedUtc"]);
        mb.CreateIndex("IX_Workflows_Instances_CreatedUtc", "Workflows_Instances", "CreatedUtc");

        mb.CreateTable("Workflows_Waits", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InstanceId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            ElementId = t.Column<string>(maxLength: 200, nullable: false),
            TokenId = t.Column<Guid>(nullable: false),
            EventName = t.Column<string>(maxLength: 200, nullable: true),
            BusinessKey = t.Column<string>(maxLength: 200, nullable: true),
            DueUtc = t.Column<DateTime>(nullable: true),
            CycleRemaining = t.Column<int>(nullable: true),
            CyclePeriod = t.Column<string>(maxLength: 50, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Workflows_Waits", x => x.Id));
        mb.CreateIndex("IX_Workflows_Waits_EventName_BusinessKey", "Workflows_Waits", ["EventName", "BusinessKey"]);
        mb.CreateIndex("IX_Workflows_Waits_DueUtc", "Workflows_Waits", "DueUtc");
        mb.CreateIndex("IX_Workflows_Waits_InstanceId", "Workflows_Waits", "InstanceId");

        mb.CreateTable("Workflows_Tasks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InstanceId = t.Column<Guid>(nullable: false),
            TokenId = t.Column<Guid>(nullable: false),
            ElementId = t.Column<string>(maxLength: 200, nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            Description = t.Column<string>(nullable: true),
            DefinitionName = t.Column<string>(maxLength: 100, nullable: false),
            BusinessKey = t.Column<string>(maxLength: 200, nullable: false),
            AssigneeUser = t.Column<string>(maxLength: 256, nullable: true),
            Role = t.Column<string>(maxLength: 100, nullable: true),
            DepartmentCode = t.Column<string>(maxLength: 100, nullable: true),
            DueUtc = t.Column<DateTime>(nullable: true),
            Outcomes = t.Column<string>(maxLength: 500, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Outcome = t.Column<string>(maxLength: 100, nullable: true),
            Comment = t.Column<string>(nullable: true),
            CompletedBy = t.Column<string>(maxLength: 256, nullable: true),
            CompletedUtc = t.Column<DateTime>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Workflows_Tasks", x => x.Id));
        mb.CreateIndex("IX_Workflows_Tasks_InstanceId", "Workflows_Tasks", "InstanceId");
        mb.CreateIndex("IX_Workflows_Tasks_Status_AssigneeUser", "Workflows_Tasks", ["Status", "AssigneeUser"]);
        mb.CreateIndex("IX_Workflows_Tasks_Status_Role", "Workflows_Tasks", ["Status", "Role"]);
        mb.CreateIndex("IX_Workflows_Tasks_Status_DepartmentCode", "Workflows_Tasks", ["Status", "DepartmentCode"]);

        mb.CreateTable("Workflows_History", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            InstanceId = t.Column<Guid>(nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
            ElementId = t.Column<string>(maxLength: 200, nullable: true),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Actor = t.Column<string>(maxLength: 256, nullable: true),
            Outcome = t.Column<string>(maxLength: 100, nullable: true),
            Message = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Workflows_History", x => x.Id));
        mb.CreateIndex("IX_Workflows_History_InstanceId", "Workflows_History", "InstanceId");

        mb.CreateTable("Workflows_ReceivedEvents", t => new
        {
            EventId = t.Column<string>(maxLength: 200, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            BusinessKey = t.Column<string>(maxLength: 200, nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Workflows_ReceivedEvents", x => x.EventId));
        mb.CreateIndex("IX_Workflows_ReceivedEvents_ReceivedUtc", "Workflows_ReceivedEvents", "ReceivedUtc");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Workflows_ReceivedEvents");
        mb.DropTable("Workflows_History");
        mb.DropTable("Workflows_Tasks");
        mb.DropTable("Workflows_Waits");
        mb.DropTable("Workflows_Instances");
        mb.DropTable("Workflows_DefinitionVersions");
        mb.DropTable("Workflows_Definitions");
    }
}
