<?php
/**
 * Plugin Name:       Coalition embed
 * Description:       The coalition's campaign widgets (banner, petition counter, share bar, supporter wall, quick exit) as shortcodes and blocks, served from this site.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       coalition-embed
 *
 * @package coalition-embed
 */

defined( 'ABSPATH' ) || exit;

define( 'COALITION_EMBED_FILE', __FILE__ );
define( 'COALITION_EMBED_DIR', plugin_dir_path( __FILE__ ) );

/** Script handle of the widgets (the built coalition-embed.js in assets/). */
const COALITION_EMBED_HANDLE = 'coalition-embed';
/** Script handle of the block editor's plain-JavaScript controls. */
const COALITION_EMBED_EDITOR_HANDLE = 'coalition-embed-editor';
/** Option: address of the campaign file, put on the script tag as data-campaign. */
const COALITION_EMBED_OPTION_CAMPAIGN = 'coalition_embed_campaign';
/** Option: the partner's short name, put on every widget as partner="…". */
const COALITION_EMBED_OPTION_PARTNER = 'coalition_embed_partner';
/** Settings API group and admin page slug. */
const COALITION_EMBED_SETTINGS_GROUP = 'coalition_embed';
const COALITION_EMBED_PAGE = 'coalition-embed';

require_once COALITION_EMBED_DIR . 'includes/definitions.php';
require_once COALITION_EMBED_DIR . 'includes/render.php';
require_once COALITION_EMBED_DIR . 'includes/script.php';
require_once COALITION_EMBED_DIR . 'includes/blocks.php';
require_once COALITION_EMBED_DIR . 'includes/admin.php';
