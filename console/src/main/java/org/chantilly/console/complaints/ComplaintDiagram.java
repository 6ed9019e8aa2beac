package org.chantilly.console.complaints;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.ProcessView;

/**
 * The complaint page's process diagrams: the complaint's own process and, for each tier it reached, the tier's own
 * process (where the complaint actually waits), each with its path and current step. The page draws one at a time
 * (console/diagram.js, bpmn-js): a click on a tier in the diagram, or its link in the list of steps beside it, opens
 * that tier's diagram, and a link leads back. Without scripts the links do the same through the request parameter
 * {@code diagram} (a process instance id of the complaint). Each model's XML is on the page once, however many
 * tiers share it. Read once per request, after the complaint page has read (and scope-checked) the complaint.
 */
@Named
@RequestScoped
public class ComplaintDiagram {

    /** The request parameter naming the process instance whose diagram the page opens with. */
    static final String SHOWN = "diagram";

    @Inject
    ComplaintPage page;

    @Inject
    ComplaintProcesses processes;

    private List<Panel> panels;
    private List<Model> models;

    /** The complaint's process first, then each tier's in the order they started; empty without a process. */
    public List<Panel> getPanels() {
        if (panels == null) {
            read();
        }
        return panels;
    }

    /** The models the panels draw, each once. */
    public List<Model> getModels() {
        if (models == null) {
            read();
        }
        return models;
    }

    private void read() {
        panels = new ArrayList<>();
        models = new ArrayList<>();
        String reference = page.isFound() ? page.getComplaint().reference() : null;
        Optional<ProcessView> main = reference == null ? Optional.empty() : processes.processOf(reference);
        if (main.isEmpty()) {
            return;
        }
        List<ProcessView> views = new ArrayList<>();
        views.add(main.get());
        for (ProcessView.CalledProcess called : main.get().calledProcesses()) {
            processes.processOf(reference, called.processInstanceId()).ifPresent(views::add);
        }
        Map<String, String> panelOfInstance = new LinkedHashMap<>();
        for (int i = 0; i < views.size(); i++) {
            panelOfInstance.put(views.get(i).processInstanceId(), i == 0 ? "process-diagram" : "process-diagram-" + i);
        }
        Map<String, Model> modelOf = new LinkedHashMap<>();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(SHOWN);
        String shown = asked != null && panelOfInstance.containsKey(asked) ? asked : main.get().processInstanceId();
        for (int i = 0; i < views.size(); i++) {
            ProcessView view = views.get(i);
            Model model = modelOf.computeIfAbsent(view.processDefinitionKey() + ":" + view.version(),
                    key -> new Model("process-model-" + modelOf.size(), view.bpmnXml()));
            panels.add(new Panel(i, view, panelOfInstance.get(view.processInstanceId()), model.id(),
                    view.processInstanceId().equals(shown), reference, panelOfInstance));
        }
        models.addAll(modelOf.values());
    }

    /**
     * One model on the page.
     *
     * @param id  the element id that carries it
     * @param xml the BPMN XML
     */
    public record Model(String id, String xml) {
    }

    /** One process's diagram with its path as text. */
    public static final class Panel {

        private final int index;
        private final ProcessView view;
        private final String diagramId;
        private final String modelId;
        private final boolean shown;
        private final String reference;
        private final List<Step> steps = new ArrayList<>();
        private final Map<String, String> drill = new LinkedHashMap<>();

        Panel(int index, ProcessView view, String diagramId, String modelId, boolean shown, String reference,
              Map<String, String> panelOfInstance) {
            this.index = index;
            this.view = view;
            this.diagramId = diagramId;
            this.modelId = modelId;
            this.shown = shown;
            this.reference = reference;
            for (ProcessView.Step step : view.path()) {
                String opens = step.calledProcessInstanceId() == null ? null
                        : panelOfInstance.get(step.calledProcessInstanceId());
                if (opens != null) {
                    // a tier reached more than once opens the last time it was reached, where the complaint is now
                    drill.put(step.activityId(), opens);
                }
                // gateways are how the model routes, not steps anyone took; unnamed elements say nothing
                boolean gateway = step.activityType() != null && step.activityType().endsWith("Gateway");
                if (!gateway && step.activityName() != null && !step.activityName().isBlank()) {
                    steps.add(new Step(step.activityName(), step.ended() == null, opens,
                            opens == null ? null : href(reference, step.calledProcessInstanceId())));
                }
            }
        }

        /** The position of the panel: 0 for the complaint's process. */
        public int getIndex() {
            return index;
        }

        public boolean isMain() {
            return index == 0;
        }

        /** The id of the element the diagram is drawn in. */
        public String getDiagramId() {
            return diagramId;
        }

        public String getModelId() {
            return modelId;
        }

        /** Whether the page opens with this panel. */
        public boolean isShown() {
            return shown;
        }

        public String getInstanceId() {
            return view.processInstanceId();
        }

        /** The tier deciding, for a tier's process. */
        public String getTier() {
            return view.tier();
        }

        public boolean isEnded() {
            return view.ended();
        }

        public String getVisitedIds() {
            return String.join(" ", view.completedActivityIds());
        }

        public String getCurrentIds() {
            return String.join(" ", view.activeActivityIds());
        }

        /** The tiers a click opens: call activity id=diagram element id, space-separated. */
        public String getDrill() {
            StringBuilder pairs = new StringBuilder();
            drill.forEach((activity, panel) -> pairs.append(pairs.isEmpty() ? "" : " ").append(activity).append('=')
                    .append(panel));
            return pairs.toString();
        }

        /** The steps as the list beside the diagram shows them. */
        public List<Step> getSteps() {
            return steps;
        }

        /** The page's own address with this panel open (the links work without scripts). */
        public String getHref() {
            return href(reference, isMain() ? null : view.processInstanceId());
        }
    }

    /** The complaint page's address with the diagram of that process instance open (the complaint's own: null). */
    static String href(String reference, String instanceId) {
        return "view.xhtml?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + (instanceId == null ? "" : "&" + SHOWN + "=" + URLEncoder.encode(instanceId, StandardCharsets.UTF_8))
                + "#diagram-heading";
    }

    /**
     * A step of the path, as the list beside the diagram shows it.
     *
     * @param name    its name in the model
     * @param current whether the complaint waits there now
     * @param opens   for a tier, the element id of the tier's diagram; else null
     * @param href    for a tier, the page's address with the tier's diagram open; else null
     */
    public record Step(String name, boolean current, String opens, String href) {
    }
}
