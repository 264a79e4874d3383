/**
 * coalition-embed block editor controls: plain JavaScript on WordPress's own packages, no build.
 * The blocks and their attributes come from blocks/<tag>/block.json; the kind of each setting
 * (text, url, choice, number, flag, date, list) from window.coalitionEmbedBlocks, which the
 * plugin prints from the generated includes/settings.php.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !wp.blocks || !data || !data.elements) {
    return;
  }
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  function control(setting, value, set) {
    var props = {
      key: setting.key,
      label: setting.attribute,
      help: setting.description || undefined,
    };
    switch (setting.kind) {
      case 'flag':
        props.checked = value === undefined ? !!setting.default : !!value;
        props.onChange = function (checked) {
          set(checked);
        };
        return el(components.ToggleControl, props);
      case 'choice':
        props.value = value === undefined ? '' : value;
        props.options = [
          {
            value: '',
            label:
              setting.default !== undefined
                ? sprintf(__('Default (%s)', 'coalition-embed'), setting.default)
                : __('Default', 'coalition-embed'),
          },
        ].concat(
          (setting.options || []).map(function (option) {
            return { value: option, label: option };
          }),
        );
        props.onChange = function (chosen) {
          set(chosen === '' ? undefined : chosen);
        };
        return el(components.SelectControl, props);
      default:
        props.type = setting.kind === 'number' ? 'number' : setting.kind === 'url' ? 'url' : 'text';
        props.value = value === undefined ? '' : String(value);
        if (setting.default !== undefined && setting.kind !== 'url') {
          props.placeholder = Array.isArray(setting.default) ? setting.default.join(' ') : String(setting.default);
        }
        props.onChange = function (text) {
          set(text === '' ? undefined : text);
        };
        return el(components.TextControl, props);
    }
  }

  Object.keys(data.elements).forEach(function (tag) {
    var element = data.elements[tag];
    var name = 'coalition-embed/' + tag;
    var settings = element.settings || [];
    // Settings marked main go in the sidebar; when none is marked, all of them do.
    var anyMain = settings.some(function (setting) {
      return setting.main;
    });
    var shown = settings.filter(function (setting) {
      return !anyMain || setting.main;
    });
    var own = shown.filter(function (setting) {
      return !setting.common;
    });
    var common = shown.filter(function (setting) {
      return setting.common;
    });

    function panel(title, list, attributes, setAttributes, open) {
      if (!list.length) {
        return null;
      }
      return el(
        components.PanelBody,
        { title: title, initialOpen: open },
        list.map(function (setting) {
          return control(setting, attributes[setting.key], function (value) {
            var change = {};
            change[setting.key] = value;
            setAttributes(change);
          });
        }),
      );
    }

    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var blockProps = blockEditor.useBlockProps();
        return el(
          Fragment,
          null,
          el(
            blockEditor.InspectorControls,
            null,
            panel(__('Settings', 'coalition-embed'), own, props.attributes, props.setAttributes, true),
            panel(__('Campaign file, language and theme', 'coalition-embed'), common, props.attributes, props.setAttributes, !own.length),
          ),
          el('div', blockProps, el(ServerSideRender, { block: name, attributes: props.attributes })),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.coalitionEmbedBlocks);
